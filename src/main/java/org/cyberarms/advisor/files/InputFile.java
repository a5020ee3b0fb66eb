package org.cyberarms.advisor.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The one way input files are read: a file is opened only once it is known to be a regular file (after
 * following links) no larger than the caller's limit. Anything else is refused at once with the reason:
 * opening a named pipe blocks until someone writes to it, and a device such as {@code /dev/zero} never
 * ends, so "open it and see" would hang the run or exhaust memory.
 */
public final class InputFile {

    private InputFile() {}

    /**
     * The file's size in bytes, after checking that it is a regular file (links followed) no larger than
     * {@code maxBytes}; the file is not opened.
     */
    private static long checkedSize(Path file, long maxBytes, String limitInWords) throws UnreadableFileException {
        BasicFileAttributes attributes = attributes(file);
        if (attributes.size() > maxBytes) {
            throw new UnreadableFileException(file, "file is larger than the limit of " + limitInWords);
        }
        return attributes.size();
    }

    /** The whole file, once {@link #checkedSize} allows it; never more than {@code maxBytes}, even if it grows. */
    public static byte[] readBytes(Path file, long maxBytes, String limitInWords) throws UnreadableFileException {
        checkedSize(file, maxBytes, limitInWords);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new UnreadableFileException(file, "file is larger than the limit of " + limitInWords);
            }
            return bytes;
        } catch (IOException e) {
            throw new UnreadableFileException(file, "cannot be read: " + plain(e));
        }
    }

    /**
     * A reader of the file as strict UTF-8 text, line by line, once {@link #checkedSize} allows it; for
     * files too large to hold whole (traces). A byte that is not UTF-8 makes {@code readLine} throw.
     */
    public static BufferedReader openText(Path file, long maxBytes, String limitInWords) throws UnreadableFileException {
        checkedSize(file, maxBytes, limitInWords);
        try {
            return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                    .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (IOException e) {
            throw new UnreadableFileException(file, "cannot be read: " + plain(e));
        }
    }

    /** Throws, with the reason, unless {@code file} is a regular file (links followed). Opens nothing. */
    public static void requireRegular(Path file) throws UnreadableFileException {
        attributes(file);
    }

    private static BasicFileAttributes attributes(Path file) throws UnreadableFileException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(file, Files.isSymbolicLink(file)
                    ? "is a link to a file that does not exist" : "file not found");
        } catch (IOException e) {
            throw new UnreadableFileException(file, "cannot be read: " + plain(e));
        }
        if (attributes.isRegularFile()) {
            return attributes;
        }
        if (attributes.isDirectory()) {
            throw new UnreadableFileException(file, "is a folder, not a file");
        }
        String link = Files.isSymbolicLink(file) ? "is a link to " : "is ";
        throw new UnreadableFileException(file, link + kind(file, attributes)
                + ", not a regular file; the advisor reads only regular files");
    }

    /** What a path that is not a regular file is, in plain words (links followed). */
    public static String kind(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        try {
            // The file type bits of st_mode (Linux and macOS JDKs expose them as "unix:mode").
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file (a device, named pipe or socket)";
        }
    }

    /** What a path is, links followed, or empty when nothing is there. */
    public static Optional<BasicFileAttributes> attributesIfAny(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The exception's message without the Java class name (some messages are only the file's name). */
    private static String plain(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "input/output error" : message;
    }
}
