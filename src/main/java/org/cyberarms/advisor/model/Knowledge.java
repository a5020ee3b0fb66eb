package org.cyberarms.advisor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the knowledge folder says: the maturity model, the elements and their assessments, and
 * the provenance of the file the elements came from.
 *
 * <p>A value, like a record; it is a class only to keep an index of elements and assessments by element id.
 * Reports and searches ask about every element in turn, so a scan of all assessments per question made them
 * quadratic in the number of elements (BENCHMARKS.md, "Scale"). The index is built on first use, so that
 * the many short-lived copies that sampling and what-if make cost nothing extra.
 */
public final class Knowledge {

    private final MaturityModel model;
    private final List<Element> elements;
    private final List<Assessment> assessments;
    private final Provenance provenance;
    private final List<SourceFile> files;
    private volatile ById byId;

    /** The elements and the assessments of each, by element id. */
    private record ById(Map<String, Element> elements, Map<String, List<Assessment>> assessments) {}

    public Knowledge(MaturityModel model, List<Element> elements, List<Assessment> assessments,
            Provenance provenance, List<SourceFile> files) {
        this.model = model;
        this.elements = List.copyOf(elements);
        this.assessments = List.copyOf(assessments);
        this.provenance = provenance;
        this.files = List.copyOf(files);
    }

    public MaturityModel model() {
        return model;
    }

    public List<Element> elements() {
        return elements;
    }

    public List<Assessment> assessments() {
        return assessments;
    }

    public Provenance provenance() {
        return provenance;
    }

    public List<SourceFile> files() {
        return files;
    }

    /** The first element with this id. */
    public Optional<Element> element(String id) {
        return Optional.ofNullable(byId().elements().get(id));
    }

    /** The element's assessments, in the order they were read. */
    public List<Assessment> assessmentsOf(String elementId) {
        return byId().assessments().getOrDefault(elementId, List.of());
    }

    private ById byId() {
        ById index = byId;
        if (index == null) {
            Map<String, Element> elementsById = new LinkedHashMap<>();
            elements.forEach(e -> elementsById.putIfAbsent(e.id(), e));
            Map<String, List<Assessment>> assessmentsById = new LinkedHashMap<>();
            assessments.forEach(a -> assessmentsById.computeIfAbsent(a.elementId(), id -> new ArrayList<>()).add(a));
            assessmentsById.replaceAll((id, list) -> List.copyOf(list));
            index = new ById(elementsById, assessmentsById);
            byId = index;
        }
        return index;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Knowledge that && Objects.equals(model, that.model)
                && elements.equals(that.elements) && assessments.equals(that.assessments)
                && Objects.equals(provenance, that.provenance) && files.equals(that.files);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, elements, assessments, provenance, files);
    }

    @Override
    public String toString() {
        return "Knowledge[" + elements.size() + " elements, " + assessments.size() + " assessments]";
    }
}
