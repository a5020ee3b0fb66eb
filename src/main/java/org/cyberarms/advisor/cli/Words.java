package org.cyberarms.advisor.cli;

import java.util.Collection;
import java.util.List;

import org.cyberarms.advisor.knowledge.Suggestions;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks a word typed on the command line against the words the knowledge defines, suggesting the closest. */
final class Words {

    private Words() {}

    static void check(CommandSpec spec, String option, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " `" + value + "` is not one of: "
                    + String.join(", ", allowed) + Suggestions.didYouMean(value, allowed).map(h -> ". " + h).orElse(""));
        }
    }

    /**
     * The word of {@code allowed} that {@code typed} names: itself, or the one word it equals ignoring case
     * ({@code e03} is E03). Otherwise a usage error: {@code unknown} (e.g. "no element `E99` in knowledge"),
     * then the closest word, or else the words there are when they are few.
     */
    static String resolve(CommandSpec spec, String typed, Collection<String> allowed, String unknown) {
        if (allowed.contains(typed)) {
            return typed;
        }
        List<String> sameIgnoringCase = allowed.stream().filter(w -> w.equalsIgnoreCase(typed)).toList();
        if (sameIgnoringCase.size() == 1) {
            return sameIgnoringCase.get(0);
        }
        String hint = Suggestions.didYouMean(typed, allowed).map(h -> ". " + h)
                .orElse(allowed.size() <= 20 ? "; there are: " + String.join(", ", allowed) : "");
        throw new CommandLine.ParameterException(spec.commandLine(), unknown + hint);
    }
}
