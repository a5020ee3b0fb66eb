package org.cyberarms.advisor.scaffold;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How the generated YAML writes a value so that the advisor reads back exactly the text meant. */
final class Yaml {

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    /** Words a YAML 1.1 reader takes for yes/no or nothing, not for text, unless they are quoted. */
    private static final Set<String> NOT_TEXT = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private Yaml() {}

    /** A scale step name or id: bare when it reads as text, quoted otherwise. */
    static String word(String name) {
        return WORD.matcher(name).matches() && !NOT_TEXT.contains(name.toLowerCase(Locale.ROOT)) ? name : quoted(name);
    }

    /** A flow list of names: {@code [none, weak, "no"]}. */
    static String words(List<String> names) {
        return "[" + String.join(", ", names.stream().map(Yaml::word).toList()) + "]";
    }

    /** Any text, double-quoted with the escapes YAML shares with JSON. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A name inside a DRL string literal (names are words, so this only guards against a stray quote). */
    static String drlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
