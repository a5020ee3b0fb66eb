package org.cyberarms.advisor.document;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Prints a document's {@link Document#data() data} tree. A what-if's {@code scenario} object is placed right
 * after {@code schema} at the top, by this backend, so that no JSON answer can leave it out: a program reading
 * the file sees that it is not the assessment before anything else.
 */
final class JsonBackend implements Backend {

    @Override
    public String render(Document document) {
        JsonNode data = document.data().orElseThrow(() -> new IllegalStateException(
                "'" + document.title() + "' has no JSON form; the command line refuses --format json for it"));
        if (document.whatIf().isEmpty() || !data.isObject()) {
            return JsonPrinter.print(data);
        }
        ObjectNode root = JsonPrinter.object();
        Iterator<Map.Entry<String, JsonNode>> fields = data.fields();
        boolean placed = false;
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals("scenario")) {
                continue;
            }
            root.set(field.getKey(), field.getValue());
            if (field.getKey().equals("schema")) {
                root.set("scenario", scenario(document.whatIf().get()));
                placed = true;
            }
        }
        if (!placed) {
            ObjectNode first = JsonPrinter.object();
            first.set("scenario", scenario(document.whatIf().get()));
            first.setAll(root);
            root = first;
        }
        return JsonPrinter.print(root);
    }

    static ObjectNode scenario(WhatIf whatIf) {
        ObjectNode scenario = JsonPrinter.object();
        scenario.put("notice", WhatIf.HEADLINE);
        scenario.put("name", whatIf.name());
        if (whatIf.description().isPresent()) {
            scenario.put("description", whatIf.description().get());
        } else {
            scenario.putNull("description");
        }
        ArrayNode changes = scenario.putArray("changes");
        for (WhatIf.Change change : whatIf.changes()) {
            ObjectNode c = changes.addObject();
            c.put("element", change.element());
            c.put("dimension", change.dimension());
            c.put("field", change.field());
            c.put("from", change.from());
            c.put("to", change.to());
            if (change.scenarios().isEmpty()) {
                c.putNull("scenarios");
            } else {
                change.scenarios().forEach(c.putArray("scenarios")::add);
            }
        }
        return scenario;
    }
}
