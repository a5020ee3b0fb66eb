package org.cyberarms.advisor.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cyberarms.advisor.Fixtures;

/**
 * A temporary copy of a pack's knowledge and rules (the bundled pack's, unless another is copied), and the
 * edits an analyst makes to it in an editor: each written as editors save, to a temporary file renamed over the
 * old one.
 */
public record EditedPack(Path knowledge, Path rules) {

    /** The line of E16's attribution in the bundled elements.yaml: weak; partial raises E16 likely → feasible. */
    public static final String E16_ATTRIBUTION = "attribution:           {reliance: helpful,  rounds: [weak, weak, weak]}";

    public static EditedPack copyInto(Path folder) {
        return new EditedPack(Fixtures.copy(Fixtures.BUNDLED_KNOWLEDGE, folder.resolve("knowledge")),
                Fixtures.copy(Fixtures.BUNDLED_RULES, folder.resolve("rules")));
    }

    /** A copy of another pack ({@code pack/knowledge} and {@code pack/rules}), e.g. packs/cyber-capacity. */
    public static EditedPack copyOf(Path pack, Path folder) {
        return new EditedPack(Fixtures.copy(pack.resolve("knowledge"), folder.resolve("knowledge")),
                Fixtures.copy(pack.resolve("rules"), folder.resolve("rules")));
    }

    public Path elements() {
        return knowledge.resolve("elements.yaml");
    }

    public Path constraints() {
        return rules.resolve("constraints.drl");
    }

    /** E16's attribution weak → partial: E16 becomes feasible. */
    public void raiseE16Attribution() {
        replaceAfter(elements(), "id: E16", E16_ATTRIBUTION, E16_ATTRIBUTION.replace("[weak, weak, weak]",
                "[partial, partial, partial]"));
    }

    /** The first {@code from} after {@code marker} replaced by {@code to}, saved by rename. */
    public static void replaceAfter(Path file, String marker, String from, String to) {
        String text = read(file);
        int at = text.indexOf(marker);
        int found = at < 0 ? -1 : text.indexOf(from, at);
        if (found < 0) {
            throw new IllegalArgumentException("'" + from + "' is not after '" + marker + "' in " + file);
        }
        saveByRename(file, text.substring(0, found) + to + text.substring(found + from.length()));
    }

    /** The first {@code from} replaced by {@code to}, saved by rename. */
    public static void replace(Path file, String from, String to) {
        String text = read(file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException("'" + from + "' is not in " + file);
        }
        saveByRename(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }

    /** As most editors save: the new text to a temporary file beside it, then renamed over it in one step. */
    public static void saveByRename(Path file, String text) {
        try {
            Path temporary = file.resolveSibling("." + file.getFileName() + ".saving");
            Files.writeString(temporary, text);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
