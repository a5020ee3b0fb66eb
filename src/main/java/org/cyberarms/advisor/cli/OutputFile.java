package org.cyberarms.advisor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes an output file atomically: the text goes to a temporary file beside the target, which then
 * replaces the target in one step. A reader never sees half a report, and a run that fails or is
 * interrupted leaves the previous file as it was. The target's folder must exist, and only a regular file
 * (or a link to one) is replaced.
 */
public final class OutputFile {

    private OutputFile() {}

    /**
     * @throws IOException when the file cannot be written, or the command was stopped (time limit, Ctrl-C)
     *                     before it began to write: then nothing is written
     */
    public static void write(Path target, String text) throws IOException {
        RunningCommand.current().beginWriting();
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        // A missing folder is a mistyped path more often than a wish for a new folder: never created here.
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + " does not exist");
        }
        // The last line of defence behind OutputGuard: moving a file over a device or a pipe replaces the
        // device itself (as root, /dev/full would become a regular file).
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute)) {
            throw new IOException(absolute + " is not a regular file");
        }
        // Not Files.createTempFile: it makes the file owner-only (0600), and the report would keep that mode.
        // A new file opened with CREATE_NEW gets the user's usual permissions (umask), like any other output.
        Path temp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
