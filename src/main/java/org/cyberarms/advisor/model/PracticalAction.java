package org.cyberarms.advisor.model;

import java.util.List;

/** Conclusion: one cross-cutting action for a dimension that blocks several elements (ids kept sorted). */
public record PracticalAction(@OnScale(KnowledgeScale.DIMENSION) String dimension, String title, String text, List<String> elementIds) {

    public PracticalAction {
        elementIds = elementIds.stream().sorted().toList(); // a set of ids: order carries no meaning
    }
}
