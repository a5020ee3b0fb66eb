package org.cyberarms.advisor.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything the knowledge folder says: the maturity model, the elements and their assessments, and
 * the provenance of the file the elements came from.
 */
public record Knowledge(
        MaturityModel model, List<Element> elements, List<Assessment> assessments, Provenance provenance,
        List<SourceFile> files) {

    public Knowledge {
        elements = List.copyOf(elements);
        assessments = List.copyOf(assessments);
        files = List.copyOf(files);
    }

    public Optional<Element> element(String id) {
        return elements.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<Assessment> assessmentsOf(String elementId) {
        return assessments.stream().filter(a -> a.elementId().equals(elementId)).toList();
    }
}
