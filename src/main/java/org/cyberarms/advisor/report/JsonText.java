package org.cyberarms.advisor.report;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one way every JSON output of the advisor is printed, so that all of them diff alike. */
final class JsonText {

    /** Two-space indent, {@code "key": value}, and {@code \n} line ends on every platform. */
    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter(
                    Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withArrayEmptySeparator("")
                            .withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

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

    /** The tree, pretty-printed, with a final line end. */
    static String of(JsonNode root) {
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }
}
