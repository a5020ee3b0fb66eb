package org.cyberarms.advisor.report;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Helpers for building JSON answers; printing is {@link org.cyberarms.advisor.document.JsonPrinter}'s. */
final class JsonText {

    private JsonText() {}

    /** {@code key: value}, or {@code key: null} when there is no value: keys are never left out. */
    static void nullable(ObjectNode node, String key, Optional<String> value) {
        if (value.isPresent()) {
            node.put(key, value.get());
        } else {
            node.putNull(key);
        }
    }

    /** As above, an empty text counting as no value. */
    static void nullable(ObjectNode node, String key, String value) {
        nullable(node, key, value.isEmpty() ? Optional.<String>empty() : Optional.of(value));
    }

    static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** The tree, printed by the one printer every JSON answer goes through. */
    static String of(JsonNode root) {
        return org.cyberarms.advisor.document.JsonPrinter.print(root);
    }
}
