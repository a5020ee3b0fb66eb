package org.cyberarms.advisor.serve;

/**
 * Where the workbench gets the knowledge and rules it evaluates against, asked afresh for every request. The
 * seam for live reload: {@link #fixed} serves one version for the server's whole life; a watching
 * implementation (package {@code live}) returns the newest good version and keeps the last good one while a
 * broken edit is on disk.
 */
@FunctionalInterface
public interface Inputs {

    /** The newest good version; never null. Called on every request, from many threads: keep it cheap. */
    Loaded current();

    /** The inputs loaded once at start-up, never reloaded. */
    static Inputs fixed(Loaded loaded) {
        return () -> loaded;
    }
}
