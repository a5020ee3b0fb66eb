package org.cyberarms.advisor.document;

import java.util.List;

/** Small counts as a sentence says them ("three rounds"), larger ones in digits. */
public final class NumberWords {

    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    private NumberWords() {}

    public static String of(int n) {
        return n >= 0 && n < WORDS.size() ? WORDS.get(n) : String.valueOf(n);
    }
}
