package org.cyberarms.advisor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Creates a new folder with all its files in one step: the files are written into a hidden temporary folder
 * beside the target, which is then renamed to the target. A run that fails or is stopped half-way leaves no
 * folder (and no half-written pack) behind, and nothing that exists is ever overwritten: the target must not
 * exist, or be an empty folder.
 */
final class OutputFolder {

    private OutputFolder() {}

    /** Why the folder cannot be created, in words for the analyst; empty when it can. */
    static Optional<String> refusal(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            return Optional.of(target + " is the root of the file system; name a new folder");
        }
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> inside = Files.list(absolute)) {
                return inside.findAny().isPresent() ? Optional.of(target + " exists and is not empty; init never"
                        + " overwrites anything: name a new folder, or an empty one") : Optional.empty();
            } catch (IOException e) {
                return Optional.of(target + " cannot be read (" + e.getMessage() + ")");
            }
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(target + " exists and is not a folder; init never overwrites anything: name a new"
                    + " folder");
        }
        if (!Files.isDirectory(parent)) {
            return Optional.of("the folder " + parent + " does not exist; create it first, or name a folder in one"
                    + " that exists");
        }
        return Optional.empty();
    }

    /**
     * Writes {@code files} (paths relative to the folder, with forward slashes) into the new folder {@code target}.
     *
     * @throws IOException when the folder cannot be created or written; then nothing is left behind
     */
    static void create(Path target, Map<String, String> files) throws IOException {
        Optional<String> refused = refusal(target);
        if (refused.isPresent()) {
            throw new IOException(refused.get());
        }
        RunningCommand.current().beginWriting();
        Path absolute = target.toAbsolutePath().normalize();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectory(temp);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = temp.resolve(file.getKey()).normalize();
                if (!path.startsWith(temp)) {
                    throw new IllegalArgumentException("a file outside the new folder: " + file.getKey());
                }
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
            moveIntoPlace(temp, absolute);
        } finally {
            deleteTree(temp);
        }
    }

    /**
     * Renames the finished folder to the target. On Linux and macOS a rename replaces an empty folder in one
     * step; should something have appeared in it since it was checked, the rename fails and nothing is lost.
     */
    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            if (Files.isDirectory(target)) {
                Files.delete(target); // empty, as checked: a non-empty folder refuses to be deleted
            }
            Files.move(temp, target);
        } catch (DirectoryNotEmptyException | FileAlreadyExistsException e) {
            throw new IOException(target + " was filled by something else while the pack was written; nothing"
                    + " was changed in it");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
