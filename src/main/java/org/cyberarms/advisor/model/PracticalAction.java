package org.cyberarms.advisor.model;

import java.util.List;

/** Conclusion: one cross-cutting action for a dimension that blocks several elements. */
public record PracticalAction(String dimension, String title, String text, List<String> elementIds) {

    public PracticalAction {
        elementIds = List.copyOf(elementIds);
    }
}
