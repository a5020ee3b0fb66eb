package org.cyberarms.advisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Files that are not regular files (named pipes, links to devices), for the tests that check the advisor
 * never opens one; and snapshots of input folders, to show that a run left every byte as it was.
 */
public final class SpecialFiles {

    private SpecialFiles() {}

    /** Makes a named pipe (FIFO) at {@code path}, replacing any file there. Opening it for reading blocks. */
    public static Path fifo(Path path) {
        return made(path, "mkfifo", path.toString());
    }

    /** Makes a character device node (as root; the tests run as root) with the given major and minor numbers. */
    public static Path device(Path path, int major, int minor) {
        return made(path, "mknod", path.toString(), "c", String.valueOf(major), String.valueOf(minor));
    }

    private static Path made(Path path, String... command) {
        try {
            Files.deleteIfExists(path);
            Process made = new ProcessBuilder(command).inheritIO().start();
            if (made.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Replaces {@code link} (if present) with a symbolic link to {@code target}. */
    public static Path link(Path link, Path target) {
        try {
            Files.deleteIfExists(link);
            return Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under {@code dir} with its bytes; equal snapshots mean nothing was changed. */
    public static Map<Path, String> snapshot(Path dir) {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(file, org.cyberarms.advisor.model.Sha256.of(Files.readAllBytes(file)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
