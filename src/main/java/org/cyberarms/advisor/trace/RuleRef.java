package org.cyberarms.advisor.trace;

import java.util.Map;
import java.util.Optional;

/**
 * A rule as the analyst wrote it: its name, the file and line where it is declared, and its metadata
 * ({@code @rationale}, {@code @source}, ...).
 */
public record RuleRef(String name, String file, int line, Map<String, String> metadata) {

    public RuleRef {
        metadata = Map.copyOf(metadata);
    }

    public Optional<String> rationale() {
        return Optional.ofNullable(metadata.get("rationale"));
    }

    public Optional<String> source() {
        return Optional.ofNullable(metadata.get("source"));
    }

    /** {@code rules/maturity.drl:12}, the place an analyst opens to read or change the rule. */
    public String location() {
        return file + ":" + line;
    }
}
