package org.cyberarms.advisor.diff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A folder as it was at a git revision, read through git without touching the user's work tree, index or
 * branches: {@code git archive REV:folder} writes the folder's files as a zip, which is unpacked into a
 * temporary folder the caller owns.
 */
public final class GitRevision {

    private GitRevision() {}

    /**
     * Unpacks {@code folder} (a path on disk inside a git work tree) as it was at {@code revision} into
     * {@code target}, which must exist and be empty.
     */
    public static void extract(String revision, Path folder, Path target) throws RevisionException {
        if (revision.isBlank() || revision.startsWith("-")) {
            throw new RevisionException("'" + revision + "' is not a git revision (e.g. HEAD, HEAD~1, main, a tag or a commit id)");
        }
        Path absolute = folder.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new RevisionException(folder + " is not inside a git repository");
        }
        Result top = git(existing, "rev-parse", "--show-toplevel");
        if (top.exit() != 0) {
            throw new RevisionException(folder + " is not inside a git repository, so --from and --to cannot read"
                    + " a revision of it");
        }
        Path root = Path.of(top.text().strip());
        Result commit = git(root, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
        if (commit.exit() != 0) {
            throw new RevisionException("'" + revision + "' is not a revision of the git repository at " + root
                    + " (e.g. HEAD, HEAD~1, main, a tag or a commit id)");
        }
        String inside;
        try {
            Path real = existing.toRealPath().resolve(existing.relativize(absolute));
            inside = root.toRealPath().relativize(real).toString().replace('\\', '/');
        } catch (IOException | IllegalArgumentException e) {
            throw new RevisionException(folder + " is not inside the git repository at " + root);
        }
        String tree = commit.text().strip() + (inside.isEmpty() ? "^{tree}" : ":" + inside);
        Result archive = git(root, "archive", "--format=zip", tree);
        if (archive.exit() != 0) {
            throw new RevisionException("revision '" + revision + "' has no folder " + inside
                    + " (or it is not a folder there)");
        }
        unzip(archive.output(), target, revision, inside);
    }

    private static void unzip(byte[] zip, Path target, String revision, String inside) throws RevisionException {
        Path base = target.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path out = base.resolve(entry.getName()).normalize();
                if (!out.startsWith(base)) {
                    throw new RevisionException("revision '" + revision + "' of " + inside
                            + " holds a path outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out);
                }
            }
        } catch (IOException e) {
            throw new RevisionException("cannot unpack revision '" + revision + "' of " + inside + ": " + e.getMessage());
        }
    }

    private record Result(int exit, byte[] output) {
        String text() {
            return new String(output, StandardCharsets.UTF_8);
        }
    }

    private static Result git(Path directory, String... arguments) throws RevisionException {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).start();
            process.getOutputStream().close(); // git reads nothing from us: no prompt can wait for input
        } catch (IOException e) {
            throw new RevisionException("git is not installed or not on the PATH; --from and --to read revisions"
                    + " through git");
        }
        try {
            // git's messages are drained (a full pipe would stall it) and replaced by ours, in plain words
            CompletableFuture<byte[]> messages = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            byte[] output = readAll(process.getInputStream());
            int exit = process.waitFor();
            messages.join();
            return new Result(exit, output);
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new RevisionException("interrupted while git was reading revisions");
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
