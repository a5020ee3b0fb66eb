package org.cyberarms.advisor.trace;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.cyberarms.advisor.model.SourceFile;

/**
 * Reads a trace's header line strictly: every field must be there with the type the schema gives it
 * ({@code docs/trace-schema.md}). A hand-edited header must never be read as something else (a string
 * where a list belongs read as "no changes", a missing limit read as the default) and so make
 * {@code audit verify} say "identical" about a run it did not repeat.
 */
final class TraceHeaderReader {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path file;

    TraceHeaderReader(Path file) {
        this.file = file;
    }

    TraceHeader read(JsonNode node) throws TraceFormatException {
        if (!node.isObject() || !"header".equals(node.path("type").asText())
                || !TraceHeader.SCHEMA.equals(node.path("schema").asText())) {
            throw new TraceFormatException(file + ":1: not an advisor trace (expected a header line with"
                    + " \"schema\": \"" + TraceHeader.SCHEMA + "\"); write one with 'advisor report --trace FILE'");
        }
        String version = text(node, "advisorVersion", "advisorVersion");
        Instant at;
        try {
            at = Instant.parse(text(node, "generatedAt", "generatedAt"));
        } catch (DateTimeParseException e) {
            throw problem("generatedAt", "should be a timestamp such as \"2026-11-26T01:13:17Z\"", node.get("generatedAt"));
        }
        JsonNode in = object(node, "inputs", "inputs");
        RunInputs inputs = new RunInputs(text(in, "knowledgeDir", "inputs.knowledgeDir"),
                text(in, "rulesDir", "inputs.rulesDir"), texts(in, "scenarios", "inputs.scenarios"),
                texts(in, "sets", "inputs.sets"),
                (int) positive(in, "maxFirings", "inputs.maxFirings", Integer.MAX_VALUE),
                positive(in, "maxSeconds", "inputs.maxSeconds", Long.MAX_VALUE));
        JsonNode filesNode = node.get("files");
        if (filesNode == null || !filesNode.isArray()) {
            throw problem("files", "should be a list of {\"path\": ..., \"sha256\": ...}", filesNode);
        }
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < filesNode.size(); i++) {
            String field = "files[" + i + "]";
            JsonNode entry = filesNode.get(i);
            if (!entry.isObject()) {
                throw problem(field, "should be {\"path\": ..., \"sha256\": ...}", entry);
            }
            String path = text(entry, "path", field + ".path");
            String sha = text(entry, "sha256", field + ".sha256");
            if (!SHA256.matcher(sha).matches()) {
                throw problem(field + ".sha256", "should be 64 lower-case hexadecimal digits", entry.get("sha256"));
            }
            files.add(new SourceFile(path, sha));
        }
        return new TraceHeader(TraceHeader.SCHEMA, new RunStamp(version, at, files), inputs);
    }

    private String text(JsonNode parent, String key, String field) throws TraceFormatException {
        JsonNode value = parent.get(key);
        if (value == null || !value.isTextual()) {
            throw problem(field, "should be a string", value);
        }
        return value.asText();
    }

    private JsonNode object(JsonNode parent, String key, String field) throws TraceFormatException {
        JsonNode value = parent.get(key);
        if (value == null || !value.isObject()) {
            throw problem(field, "should be an object", value);
        }
        return value;
    }

    private List<String> texts(JsonNode parent, String key, String field) throws TraceFormatException {
        JsonNode value = parent.get(key);
        if (value == null || !value.isArray()) {
            throw problem(field, "should be a list of strings (empty when there were none)", value);
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                throw problem(field + "[" + i + "]", "should be a string", value.get(i));
            }
            texts.add(value.get(i).asText());
        }
        return texts;
    }

    private long positive(JsonNode parent, String key, String field, long max) throws TraceFormatException {
        JsonNode value = parent.get(key);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()
                || value.asLong() < 1 || value.asLong() > max) {
            throw problem(field, "should be a whole number from 1 to " + max, value);
        }
        return value.asLong();
    }

    private TraceFormatException problem(String field, String expected, JsonNode found) {
        String shown = found == null ? "it is missing" : "found " + abbreviated(found.toString());
        return new TraceFormatException(file + ":1: header field `" + field + "` " + expected + "; " + shown
                + ". The header records the run exactly as 'advisor report --trace' wrote it: do not edit it.");
    }

    private static String abbreviated(String json) {
        return json.length() > 60 ? json.substring(0, 57) + "..." : json;
    }
}
