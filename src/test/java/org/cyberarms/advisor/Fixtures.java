package org.cyberarms.advisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.engine.RuleBuildException;

/**
 * Paths to the bundled knowledge and rules, the bundled rules built once, test fixtures, and copies of them
 * that a test may edit.
 */
public final class Fixtures {

    public static final Path BUNDLED_KNOWLEDGE = Path.of("knowledge");
    public static final Path BUNDLED_RULES = Path.of("rules");

    private static RuleBase bundledRuleBase;

    private Fixtures() {}

    /**
     * The bundled {@code rules/} folder, built on first use and then shared by every test of the JVM: building
     * costs about a second, running a few milliseconds, and a rule base is safe to share between threads (each
     * evaluation has a session of its own). Tests that edit rules build their own copy.
     */
    public static synchronized RuleBase bundledRuleBase() throws RuleBuildException {
        if (bundledRuleBase == null) {
            bundledRuleBase = new RuleBaseCompiler().compile(BUNDLED_RULES);
        }
        return bundledRuleBase;
    }

    /** A knowledge fixture folder under src/test/resources/fixtures. */
    public static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures", name);
    }

    /** Copies a folder (recursively) into {@code target}, so that a test can edit the copy. */
    public static Path copy(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file, failing when it is not there. */
    public static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException("'" + from + "' is not in " + file);
            }
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of the bundled rules in which a critical dimension at substantial or strong caps the element at
     * likely: no status change then reaches feasible.
     */
    public static Path rulesCappedAtLikely(Path temp) {
        Path capped = copy(BUNDLED_RULES, temp.resolve("rules"));
        edit(capped.resolve("constraints.drl"),
                "status in (\"substantial\", \"strong\") )\n    $l : Level( name == \"feasible\" )",
                "status in (\"substantial\", \"strong\") )\n    $l : Level( name == \"likely\" )");
        return capped;
    }

    /** The 1-based line of the first line of a file that contains {@code text}. */
    public static int lineOf(Path file, String text) {
        try {
            var lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
            throw new IllegalArgumentException("'" + text + "' is not in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
