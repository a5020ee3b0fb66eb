package org.cyberarms.advisor.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ids of the example elements: the first of a few familiar shapes (ex-1, A1, A01, a_1, ...) whose three
 * ids all match the pack's id pattern. A pattern is not turned into strings in general (that is a search with
 * no end for patterns such as {@code (a|b)*c{5}}); these shapes cover the patterns analysts write.
 */
final class ExampleIds {

    static final int COUNT = 3;

    /** Shapes shown in the message when none fits. */
    static final List<String> SHOWN = List.of("ex-1", "A1", "A01", "a_1", "1");

    private ExampleIds() {}

    static Optional<List<String>> matching(Pattern pattern) {
        for (List<String> ids : candidates()) {
            if (ids.stream().allMatch(id -> pattern.matcher(id).matches())) {
                return Optional.of(ids);
            }
        }
        return Optional.empty();
    }

    private static List<List<String>> candidates() {
        List<String> prefixes = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            prefixes.add(String.valueOf(c));
        }
        for (char c = 'a'; c <= 'z'; c++) {
            prefixes.add(String.valueOf(c));
        }
        prefixes.addAll(List.of("EX", "example", "element", ""));
        prefixes.add(0, "ex"); // ex-1, ex-2, ex-3 where the pattern allows: plainly examples
        List<List<String>> families = new ArrayList<>();
        for (String prefix : prefixes) {
            for (String separator : prefix.equals("ex") ? List.of("-", "_", "") : List.of("", "-", "_", ".")) {
                if (prefix.isEmpty() && !separator.isEmpty()) {
                    continue;
                }
                for (int width = 1; width <= 4; width++) {
                    List<String> ids = new ArrayList<>();
                    for (int n = 1; n <= COUNT; n++) {
                        ids.add(prefix + separator + String.format("%0" + width + "d", n));
                    }
                    families.add(ids);
                }
            }
        }
        return families;
    }
}
