package org.cyberarms.advisor.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cyberarms.advisor.files.InputFile;
import org.cyberarms.advisor.files.UnreadableFileException;
import org.cyberarms.advisor.model.SourceFile;

/**
 * Writes a run's trace as JSON Lines (one JSON object per line: the header first, then every event in the
 * order the engine raised it) and reads it back. The format is documented in {@code docs/trace-schema.md}.
 *
 * <p>Facts are written by value, as their record components, under their type's simple name: a trace says
 * what the facts <em>were</em> at that moment. Facts are immutable records, so the object an update event
 * hands over as "old" is already the state before the change; {@code before} and {@code after} are written
 * from those two objects.
 */
public final class TraceJsonLines {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** The whole trace file: header line, then one line per event, each ending with a line break. */
    public String write(TraceHeader header, List<TraceEvent> events) {
        StringBuilder out = new StringBuilder(headerLine(header)).append('\n');
        for (String line : eventLines(events)) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The event lines alone, as {@link #write} writes them: what {@code audit verify} compares. */
    public List<String> eventLines(List<TraceEvent> events) {
        List<String> lines = new ArrayList<>(events.size());
        for (TraceEvent event : events) {
            lines.add(compact(eventNode(event)));
        }
        return lines;
    }

    /**
     * The events of a run just made, as {@link #read} gives them back from its trace file (each event's
     * elements and its facts as sentences): for an answer that shows a run's trace without writing a file.
     */
    public List<RecordedEvent> recorded(List<TraceEvent> events, FactSentences sentences) {
        List<RecordedEvent> recorded = new ArrayList<>(events.size());
        for (TraceEvent event : events) {
            try {
                recorded.add(event(Path.of("trace"), event.sequence(), compact(eventNode(event)), sentences));
            } catch (TraceFormatException e) {
                throw new IllegalStateException("an event written by this class is always read back", e);
            }
        }
        return recorded;
    }

    public String headerLine(TraceHeader header) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "header");
        node.put("schema", header.schema());
        node.put("advisorVersion", header.stamp().advisorVersion());
        node.put("generatedAt", header.stamp().generatedAt().toString());
        ObjectNode inputs = node.putObject("inputs");
        inputs.put("knowledgeDir", header.inputs().knowledgeDir());
        inputs.put("rulesDir", header.inputs().rulesDir());
        ArrayNode scenarios = inputs.putArray("scenarios");
        header.inputs().scenarios().forEach(scenarios::add);
        ArrayNode sets = inputs.putArray("sets");
        header.inputs().sets().forEach(sets::add);
        inputs.put("maxFirings", header.inputs().maxFirings());
        inputs.put("maxSeconds", header.inputs().maxSeconds());
        ArrayNode files = node.putArray("files");
        for (SourceFile file : header.stamp().inputs()) {
            files.addObject().put("path", file.path()).put("sha256", file.sha256());
        }
        return compact(node);
    }

    private ObjectNode eventNode(TraceEvent event) {
        ObjectNode node = JSON.createObjectNode();
        node.put("seq", event.sequence());
        if (event instanceof TraceEvent.RuleFired f) {
            node.put("type", "RuleFired");
            node.put("firing", f.firing());
            ObjectNode rule = node.putObject("rule");
            rule.put("name", f.rule().name());
            rule.put("file", f.rule().file());
            rule.put("line", f.rule().line());
            ObjectNode metadata = rule.putObject("metadata");
            new TreeMap<>(f.rule().metadata()).forEach(metadata::put);
            matched(node.putArray("matched"), f.matched());
        } else if (event instanceof TraceEvent.FactInserted i) {
            node.put("type", "FactInserted");
            byRule(node, i.byRule());
            node.set("fact", fact(i.fact()));
        } else if (event instanceof TraceEvent.FactUpdated u) {
            node.put("type", "FactUpdated");
            byRule(node, u.byRule());
            node.set("before", fact(u.before()));
            node.set("after", fact(u.after()));
        } else if (event instanceof TraceEvent.FactDeleted d) {
            node.put("type", "FactDeleted");
            byRule(node, d.byRule());
            node.set("fact", fact(d.fact()));
        } else if (event instanceof TraceEvent.MatchCreated c) {
            node.put("type", "MatchCreated");
            node.put("rule", c.rule());
            matched(node.putArray("matched"), c.matched());
        } else if (event instanceof TraceEvent.MatchCancelled c) {
            node.put("type", "MatchCancelled");
            node.put("rule", c.rule());
            node.put("cause", c.cause());
            matched(node.putArray("matched"), c.matched());
        }
        return node;
    }

    private static void byRule(ObjectNode node, Optional<String> rule) {
        if (rule.isPresent()) {
            node.put("byRule", rule.get());
        } else {
            node.putNull("byRule");
        }
    }

    private static void matched(ArrayNode array, List<MatchedFact> facts) {
        for (MatchedFact m : facts) {
            ObjectNode entry = array.addObject();
            entry.put("name", m.declaration());
            ObjectNode fact = fact(m.fact());
            entry.set("factType", fact.get("factType"));
            entry.set("value", fact.get("value"));
        }
    }

    private static ObjectNode fact(Object fact) {
        ObjectNode node = JSON.createObjectNode();
        node.put("factType", fact.getClass().getSimpleName());
        node.set("value", JSON.valueToTree(fact));
        return node;
    }

    private static String compact(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Traces larger than this are refused by their size, before reading: the advisor runs with a small heap
     * (see {@code ./advisor}), and the events read back take about three times the file's size in memory.
     */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    /** The trace, its facts worded with dimension ids; see {@link #read(Path, FactSentences)}. */
    public RecordedTrace read(Path file) throws IOException, TraceFormatException {
        return read(file, header -> FactSentences.WITH_IDS);
    }

    /**
     * The trace, read line by line (never the whole file at once); only a regular file is opened. Each
     * event's facts are worded, as they are read, by the sentences {@code wording} gives for the trace's
     * header (e.g. with the labels of the knowledge it names), so that the events kept in memory are small.
     */
    public RecordedTrace read(Path file, Function<TraceHeader, FactSentences> wording)
            throws IOException, TraceFormatException {
        try (BufferedReader in = InputFile.openText(file, MAX_BYTES, MAX_BYTES / (1024 * 1024) + " MB for a trace")) {
            String first = in.readLine();
            if (first == null) {
                throw new TraceFormatException(file + ": empty file; a trace starts with a header line");
            }
            TraceHeader header = new TraceHeaderReader(file).read(parse(file, 1, first));
            FactSentences sentences = wording.apply(header);
            List<RecordedEvent> events = new ArrayList<>();
            int lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    events.add(event(file, lineNumber, line, sentences));
                }
            }
            return new RecordedTrace(header, events);
        } catch (UnreadableFileException e) {
            throw new TraceFormatException(e.getMessage());
        } catch (CharacterCodingException e) {
            throw new TraceFormatException(file + ": not UTF-8 text; is it a trace written by 'advisor report --trace'?");
        }
    }

    private static JsonNode parse(Path file, int lineNumber, String line) throws TraceFormatException {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new TraceFormatException(file + ":" + lineNumber + ": not a JSON object: " + e.getOriginalMessage());
        }
    }

    private static RecordedEvent event(Path file, int lineNumber, String line, FactSentences sentences) throws TraceFormatException {
        JsonNode node = parse(file, lineNumber, line);
        String kind = node.path("type").asText();
        Optional<String> rule = Optional.empty();
        Optional<String> location = Optional.empty();
        List<String> facts = new ArrayList<>();
        Set<String> elements = new LinkedHashSet<>();
        switch (kind) {
            case "RuleFired" -> {
                rule = Optional.of(node.path("rule").path("name").asText());
                location = Optional.of(node.path("rule").path("file").asText() + ":" + node.path("rule").path("line").asInt());
                matchedFacts(node.path("matched"), facts, elements, sentences);
            }
            case "MatchCreated", "MatchCancelled" -> {
                rule = Optional.of(node.path("rule").asText());
                matchedFacts(node.path("matched"), facts, elements, sentences);
            }
            case "FactInserted", "FactDeleted" -> {
                rule = text(node.path("byRule"));
                facts.add(sentences.of(node.path("fact").path("factType").asText(), node.path("fact").path("value")));
                elementsOf(node.path("fact").path("factType").asText(), node.path("fact").path("value"), elements);
            }
            case "FactUpdated" -> {
                rule = text(node.path("byRule"));
                facts.add("before: " + sentences.of(node.path("before").path("factType").asText(), node.path("before").path("value")));
                facts.add("after: " + sentences.of(node.path("after").path("factType").asText(), node.path("after").path("value")));
                elementsOf(node.path("after").path("factType").asText(), node.path("after").path("value"), elements);
            }
            default -> throw new TraceFormatException(file + ":" + lineNumber + ": unknown event type '" + kind + "'");
        }
        return new RecordedEvent(node.path("seq").asInt(), kind, rule, elements, facts, location, line);
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static void matchedFacts(JsonNode matched, List<String> facts, Set<String> elements,
            FactSentences sentences) {
        for (JsonNode m : matched) {
            facts.add(m.path("name").asText() + ": " + sentences.of(m.path("factType").asText(), m.path("value")));
            elementsOf(m.path("factType").asText(), m.path("value"), elements);
        }
    }

    private static void elementsOf(String type, JsonNode value, Set<String> elements) {
        if (value.hasNonNull("elementId")) {
            elements.add(value.get("elementId").asText());
        }
        if ("Element".equals(type) && value.hasNonNull("id")) {
            elements.add(value.get("id").asText());
        }
        value.path("elementIds").forEach(id -> elements.add(id.asText()));
    }
}
