package org.cyberarms.advisor.serve;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** What is wrong with a request's JSON, in plain words: Jackson's own messages name Java classes. */
final class JsonWords {

    private JsonWords() {}

    static String of(JsonProcessingException wrong) {
        if (wrong instanceof UnrecognizedPropertyException unknown) {
            return "there is no field `" + unknown.getPropertyName() + "` (the fields are "
                    + unknown.getKnownPropertyIds().stream().map(id -> "`" + id + "`").sorted()
                            .collect(Collectors.joining(", ")) + ")";
        }
        if (wrong instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return "the field `" + field(mismatched) + "` has the wrong kind of value (`set` is a list of"
                    + " texts such as \"ID.dimension=status\", `name`, `title`, `rationale` and `scenario` are"
                    + " texts, `overwrite` is true or false)";
        }
        if (wrong instanceof MismatchedInputException) {
            return "it must be one JSON object, {...}";
        }
        JsonLocation at = wrong.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return (wrong instanceof JsonParseException ? "it is not valid JSON" : "it cannot be read") + where;
    }

    private static String field(JsonMappingException wrong) {
        return wrong.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
