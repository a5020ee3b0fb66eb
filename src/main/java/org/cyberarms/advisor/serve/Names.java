package org.cyberarms.advisor.serve;

import java.util.Collection;
import java.util.List;

import org.cyberarms.advisor.knowledge.Suggestions;

/** A word from a request checked against the words the knowledge defines, as the command line checks it. */
final class Names {

    private Names() {}

    /** The word itself, or the one word it equals ignoring case ({@code e03} is E03); else 404 with a hint. */
    static String resolve(String typed, Collection<String> allowed, String what) throws ApiError.Refusal {
        if (allowed.contains(typed)) {
            return typed;
        }
        List<String> sameIgnoringCase = allowed.stream().filter(w -> w.equalsIgnoreCase(typed)).toList();
        if (sameIgnoringCase.size() == 1) {
            return sameIgnoringCase.get(0);
        }
        throw new ApiError.Refusal(404, "There is no " + what + " `" + typed + "`" + hint(typed, allowed));
    }

    /** The word itself, else 400 naming the words there are. */
    static String exactly(String typed, Collection<String> allowed, String what) throws ApiError.Refusal {
        if (typed == null || typed.isBlank()) {
            throw new ApiError.Refusal(400, "Say which " + what + " (one of " + String.join(", ", allowed) + ").");
        }
        if (!allowed.contains(typed)) {
            throw new ApiError.Refusal(400, "`" + typed + "` is not a " + what + hint(typed, allowed));
        }
        return typed;
    }

    /** The end of the sentence: a did-you-mean question, or the words there are. */
    private static String hint(String typed, Collection<String> allowed) {
        return Suggestions.didYouMean(typed, allowed).map(h -> ". " + h)
                .orElse(allowed.size() <= 20 ? "; there are: " + String.join(", ", allowed) + "." : ".");
    }
}
