package org.cyberarms.advisor.model;

import java.util.List;

/**
 * Where a knowledge file's values come from and who changed them.
 *
 * @param origin  {@code source}, {@code reconstruction} or {@code scenario}
 * @param basis   what the values rest on, in the words of whoever wrote them
 * @param changes who changed the file, when, and why
 */
public record Provenance(String origin, String basis, List<Change> changes) {

    public record Change(String by, String date, String what) {}

    /**
     * Where values can come from; elements may override their file's origin with the same words. One list for
     * the loader and the generated schemas, so that they cannot disagree. A pack whose values are made up to show
     * the method (packs/cyber-capacity) says so with {@code illustrative}.
     */
    public static final List<String> ORIGINS = List.of("source", "reconstruction", "illustrative", "scenario");

    public Provenance {
        changes = List.copyOf(changes);
    }

    public boolean isReconstruction() {
        return "reconstruction".equals(origin);
    }
}
