package org.cyberarms.advisor.knowledge;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the allowed word closest to a misspelt one, if any is close enough to be a typo. */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The candidate with the smallest edit distance to {@code word} (ignoring case, and treating {@code -},
     * {@code _} and space alike), or empty when none is within typo range; ties go to the earlier candidate.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String typed = normalise(word);
        int allowed = typed.length() <= 3 ? 1 : typed.length() <= 6 ? 2 : 3;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(typed, normalise(candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** The hint text for a problem: {@code Did you mean `x`?}, or empty. */
    public static Optional<String> didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "Did you mean `" + c + "`?");
    }

    private static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    /** Optimal string alignment distance: Levenshtein where swapping two neighbours counts as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
