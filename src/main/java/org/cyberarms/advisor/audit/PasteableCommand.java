package org.cyberarms.advisor.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A command an analyst can paste into a terminal to look further, written as README runs the advisor
 * ({@code ./advisor ...}), with the folders the command was given when they are not the default ones.
 */
public final class PasteableCommand {

    /** Words a POSIX shell passes on as they are; anything else is quoted. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./=:,+@%-]+");

    private final List<String> words = new ArrayList<>(List.of("./advisor"));

    private PasteableCommand(String command) {
        words.add(command);
    }

    static PasteableCommand of(String command) {
        return new PasteableCommand(command);
    }

    PasteableCommand arg(String word) {
        words.add(quoted(word));
        return this;
    }

    PasteableCommand option(String name, String value) {
        words.add(name);
        words.add(quoted(value));
        return this;
    }

    /** {@code --knowledge DIR} / {@code --rules DIR} only when DIR is not the folder the option defaults to. */
    PasteableCommand folders(Path knowledge, Path rules) {
        if (!Path.of("knowledge").equals(knowledge.normalize())) {
            option("--knowledge", knowledge.toString());
        }
        if (!Path.of("rules").equals(rules.normalize())) {
            option("--rules", rules.toString());
        }
        return this;
    }

    String line() {
        return String.join(" ", words);
    }

    /** Double quotes where they are enough (a rule name with spaces), single quotes where the shell would expand. */
    public static String quoted(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        if (!word.matches(".*[\"$`\\\\!].*")) {
            return "\"" + word + "\"";
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
