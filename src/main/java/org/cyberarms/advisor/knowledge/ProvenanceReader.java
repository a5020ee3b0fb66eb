package org.cyberarms.advisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cyberarms.advisor.model.Provenance;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code provenance:} block every knowledge file starts with: origin, basis, and the changes made. */
final class ProvenanceReader {

    /**
     * Where values can come from; elements may override their file's origin with the same words. A pack whose
     * values are made up to show the method (packs/cyber-capacity) says so with {@code illustrative}.
     */
    static final List<String> ORIGINS = List.of("source", "reconstruction", "illustrative", "scenario");

    private final NodeReader reader;

    ProvenanceReader(NodeReader reader) {
        this.reader = reader;
    }

    Optional<Provenance> read(Fields.Entry provenance) {
        String where = "the provenance";
        Optional<Fields> fields = reader.fields(provenance.value(), where,
                Keys.required("origin", "basis", "changes"), Optional.of(provenance.key()));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> origin = fields.get().value("origin").flatMap(node -> reader.oneOf(node,
                "`origin` in " + where, ORIGINS, "a known origin", Optional.empty()));
        Optional<String> basis = fields.get().value("basis").flatMap(node -> reader.text(node, "`basis` in " + where));
        Optional<List<Provenance.Change>> changes = fields.get().value("changes").flatMap(this::changes);
        if (origin.isEmpty() || basis.isEmpty() || changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Provenance(origin.get(), basis.get(), changes.get()));
    }

    private Optional<List<Provenance.Change>> changes(Node node) {
        Optional<List<Node>> items = reader.nonEmptyList(node, "`changes` in the provenance");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Provenance.Change> changes = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < items.get().size(); i++) {
            Optional<Provenance.Change> change = change(items.get().get(i), "change " + (i + 1) + " in the provenance");
            change.ifPresent(changes::add);
            complete &= change.isPresent();
        }
        return complete ? Optional.of(changes) : Optional.empty();
    }

    private Optional<Provenance.Change> change(Node node, String where) {
        Optional<Fields> fields = reader.fields(node, where, Keys.required("by", "date", "what"), Optional.empty());
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> by = fields.get().value("by").flatMap(n -> reader.text(n, "`by` in " + where));
        Optional<String> date = fields.get().value("date").flatMap(n -> reader.date(n, "`date` in " + where));
        Optional<String> what = fields.get().value("what").flatMap(n -> reader.text(n, "`what` in " + where));
        if (by.isEmpty() || date.isEmpty() || what.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Provenance.Change(by.get(), date.get(), what.get()));
    }
}
