package org.cyberarms.advisor.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.model.Sha256;

/**
 * The rule files of a rules folder, read as text. Only the folder's top level is read: its subfolders hold
 * other things (rules/tests/ holds the analysts' expectation files) or old copies of rules, and an old copy
 * read by accident would silently take part in every conclusion.
 *
 * <p>Every name ending in {@code .drl} must be a regular file (a link to one is fine): a folder, a pipe or a
 * device of that name is a problem, never skipped in silence and never opened (reading a pipe would wait
 * for ever). Files must be UTF-8 text; the first byte that is not is located.
 */
final class RuleFiles {

    /**
     * One rule file: the path as the analyst named it, its name within the folder, its text and lines, and the
     * SHA-256 of the bytes read (the version that is built, even if the file is saved again meanwhile).
     */
    record RuleFile(Path path, String name, String text, List<String> lines, String sha256) {}

    /** The files read, and the problems met (a non-empty list means no rule base may be built). */
    record Reading(List<RuleFile> files, List<RuleProblem> problems) {}

    private RuleFiles() {}

    static Reading read(Path rulesDir) {
        List<RuleFile> files = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        List<Path> named;
        try {
            named = drlNames(rulesDir);
        } catch (IOException e) {
            problems.add(new RuleProblem(rulesDir.toString(), 0, 0,
                    "the rules folder cannot be read (" + reason(e) + "); check the --rules option"));
            return new Reading(files, problems);
        }
        for (Path path : named) {
            if (!Files.isRegularFile(path)) {
                problems.add(new RuleProblem(path.toString(), 0, 0, "is " + kind(path)
                        + ", not a rule file; rename it so that its name does not end in .drl, or remove it"));
                continue;
            }
            try {
                byte[] bytes = Files.readAllBytes(path);
                decode(path, bytes, problems)
                        .ifPresent(text -> files.add(new RuleFile(path, path.getFileName().toString(), text,
                                text.lines().toList(), Sha256.of(bytes))));
            } catch (IOException e) {
                problems.add(new RuleProblem(path.toString(), 0, 0, "cannot be read (" + reason(e) + ")"));
            }
        }
        return new Reading(files, problems);
    }

    /** The top-level entries named *.drl, in name order. */
    private static List<Path> drlNames(Path rulesDir) throws IOException {
        List<Path> named = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(rulesDir, "*.drl")) {
            entries.forEach(named::add);
        }
        named.sort(null);
        return named;
    }

    private static String kind(Path path) {
        if (Files.isDirectory(path)) {
            return "a folder";
        }
        if (Files.isSymbolicLink(path)) {
            return Files.exists(path) ? "a link to something that is not a regular file (" + target(path) + ")"
                    : "a link to nothing (" + target(path) + ")";
        }
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "a device, pipe or socket" : "gone";
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /** Strict UTF-8 (a leading byte-order mark is allowed); the first byte that is not UTF-8 is located. */
    private static Optional<String> decode(Path path, byte[] bytes, List<RuleProblem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            String lastLine = before.substring(before.lastIndexOf('\n') + 1);
            int column = lastLine.codePointCount(0, lastLine.length()) + 1;
            problems.add(new RuleProblem(path.toString(), line, column, String.format(
                    "the file is not UTF-8 text: the byte 0x%02X here is not a character in UTF-8."
                            + " Save the file as UTF-8 in your editor", bytes[in.position()] & 0xFF)));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static String reason(IOException e) {
        String why = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "not found";
        }
        return why == null ? "an input/output error" : why;
    }
}
