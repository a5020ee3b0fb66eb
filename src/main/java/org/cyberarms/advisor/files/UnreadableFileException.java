package org.cyberarms.advisor.files;

import java.nio.file.Path;

/**
 * An input file that was not read, and why in plain words ("is a named pipe (FIFO), not a regular file").
 * Each layer turns it into its own kind of problem (a knowledge problem, a trace-format error...).
 */
public final class UnreadableFileException extends Exception {

    private final transient Path file;
    private final String reason;

    public UnreadableFileException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** Why the file was not read, without the file's name. */
    public String reason() {
        return reason;
    }
}
