package org.cyberarms.advisor.model;

import java.util.List;

/**
 * One arms-control element of the proposed instrument, as a fact the rules match on.
 *
 * @param origin where this element's statuses come from ({@code source}, {@code reconstruction},
 *               {@code scenario}); rules may raise a caveat on it
 */
public record Element(
        @OnScale(KnowledgeScale.ELEMENT) String id, String name, String description, List<String> drawnFrom,
        String origin) {

    public Element {
        drawnFrom = List.copyOf(drawnFrom);
    }
}
