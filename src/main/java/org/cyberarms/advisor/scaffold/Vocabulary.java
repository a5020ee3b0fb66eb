package org.cyberarms.advisor.scaffold;

import java.util.List;

/**
 * The words and shapes a pack's files may use, which its schemas enforce: the step names of its scales, its
 * dimension ids, the pattern of its element ids, how many rounds each assessment has, and the element fields
 * it requires. A pack without a reliance scale has no reliances.
 */
public record Vocabulary(String title, List<String> levels, List<String> dimensions, List<String> statuses,
        List<String> reliances, String elementIds, int rounds, List<String> requiredFields) {

    public Vocabulary {
        levels = List.copyOf(levels);
        dimensions = List.copyOf(dimensions);
        statuses = List.copyOf(statuses);
        reliances = List.copyOf(reliances);
        requiredFields = List.copyOf(requiredFields);
    }

    public boolean hasReliances() {
        return !reliances.isEmpty();
    }
}
