package org.cyberarms.advisor.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cyberarms.advisor.trace.TraceFormatException;

/**
 * What one run was given and what it concluded, read from the event lines of its trace. A trace outlives the
 * code that wrote it, so facts are read by their documented JSON keys ({@code docs/trace-schema.md}), never
 * into the classes of today; a run made now is read from the same lines, so both sides of a diff are read
 * one way.
 *
 * <p>Only conclusions that still hold at rest count: a fact a rule inserted and the engine later withdrew is
 * not a conclusion, and a firing whose conclusion was withdrawn is not "the rule fired" (as in
 * {@code Outcome.standingFirings}).
 *
 * @param levels          level names by rank, lowest first
 * @param elementNames    element id to name, in the order the run read them
 * @param inputs          element id to dimension id to what the knowledge said
 * @param levelOf         element id to the level the rules concluded
 * @param firings         standing firings, each about one element or about none or several
 * @param recommendations standing recommendations
 * @param caveats         standing caveats
 * @param actions         standing practical actions, by dimension and title
 */
public record RunSnapshot(List<String> levels, Map<String, String> elementNames,
        Map<String, Map<String, Input>> inputs, Map<String, String> levelOf, Set<Firing> firings,
        Set<Recommendation> recommendations, Set<Caveat> caveats, Map<ActionKey, List<String>> actions) {

    public RunSnapshot {
        levels = List.copyOf(levels);
        elementNames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(elementNames));
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        levelOf = Map.copyOf(levelOf);
        firings = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(firings));
        recommendations = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(recommendations));
        caveats = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(caveats));
        actions = java.util.Collections.unmodifiableMap(new TreeMap<>(actions));
    }

    /** How one element stands on one dimension: its reliance, its status per round, and any panel's scores. */
    public record Input(String reliance, List<String> rounds, String panel) {

        /** The latest round's status: the one that decides. */
        public String status() {
            return rounds.isEmpty() ? "" : rounds.get(rounds.size() - 1);
        }
    }

    /**
     * A rule that fired, by what it fired on: the element (empty when the match named none or several) and the
     * dimensions of the facts it matched. The same rule on the same element and dimensions is the same firing
     * in two runs, whatever values the facts held.
     */
    public record Firing(String rule, String location, String elementId, List<String> dimensions) {
        public Firing {
            dimensions = List.copyOf(dimensions);
        }
    }

    public record Recommendation(String elementId, String dimension, String title) {}

    public record Caveat(String elementId, String dimension, String kind, String text) {}

    /** A practical action is the same action in two runs when its dimension and title are. */
    public record ActionKey(String dimension, String title) implements Comparable<ActionKey> {
        @Override
        public int compareTo(ActionKey other) {
            int byDimension = dimension.compareTo(other.dimension);
            return byDimension != 0 ? byDimension : title.compareTo(other.title);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads the event lines of a run (a trace file without its header, or a run made now, as written). */
    public static RunSnapshot of(List<String> eventLines) throws TraceFormatException {
        List<JsonNode> events = new ArrayList<>(eventLines.size());
        for (int i = 0; i < eventLines.size(); i++) {
            try {
                events.add(JSON.readTree(eventLines.get(i)));
            } catch (JsonProcessingException e) {
                throw new TraceFormatException("event " + (i + 1) + " of the trace is not JSON: "
                        + e.getOriginalMessage());
            }
        }
        return new Reader(events).read();
    }

    /** One reading: the withdrawn facts must be known before any firing or conclusion is counted. */
    private static final class Reader {

        private final List<JsonNode> events;
        private final Set<JsonNode> withdrawn = new HashSet<>();
        private final TreeMap<Integer, String> levelsByRank = new TreeMap<>();
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, Map<String, Input>> inputs = new LinkedHashMap<>();
        private final Map<String, String> levelOf = new LinkedHashMap<>();
        private final Set<Firing> firings = new LinkedHashSet<>();
        private final Set<Recommendation> recommendations = new LinkedHashSet<>();
        private final Set<Caveat> caveats = new LinkedHashSet<>();
        private final Map<ActionKey, List<String>> actions = new TreeMap<>();

        Reader(List<JsonNode> events) {
            this.events = events;
        }

        RunSnapshot read() {
            for (JsonNode event : events) {
                if ("FactDeleted".equals(event.path("type").asText())) {
                    withdrawn.add(event.path("fact"));
                }
            }
            Firing firing = null;
            boolean holds = true;
            for (JsonNode event : events) {
                String type = event.path("type").asText();
                if (type.equals("RuleFired")) {
                    if (firing != null && holds) {
                        firings.add(firing);
                    }
                    firing = firing(event);
                    holds = true;
                } else if (type.equals("FactInserted")) {
                    JsonNode fact = event.path("fact");
                    if (event.path("byRule").isNull()) {
                        input(fact.path("factType").asText(), fact.path("value"));
                    } else if (withdrawn.contains(fact)) {
                        holds = false; // facts a consequence inserts are recorded right after its firing
                    } else {
                        conclusion(fact.path("factType").asText(), fact.path("value"));
                    }
                }
            }
            if (firing != null && holds) {
                firings.add(firing);
            }
            return new RunSnapshot(List.copyOf(levelsByRank.values()), names, inputs, levelOf, firings,
                    recommendations, caveats, actions);
        }

        private void input(String type, JsonNode value) {
            switch (type) {
                case "Level" -> levelsByRank.put(value.path("rank").asInt(), value.path("name").asText());
                case "Element" -> names.putIfAbsent(value.path("id").asText(), value.path("name").asText());
                case "Assessment" -> inputs.computeIfAbsent(value.path("elementId").asText(), id -> new LinkedHashMap<>())
                        .put(value.path("dimension").asText(), new Input(value.path("reliance").asText(),
                                texts(value.path("rounds")), value.path("panel").toString()));
                default -> { } // other inputs (scales) are not compared
            }
        }

        private void conclusion(String type, JsonNode value) {
            switch (type) {
                case "ElementLevel" -> levelOf.put(value.path("elementId").asText(), value.path("level").asText());
                case "Recommendation" -> recommendations.add(new Recommendation(value.path("elementId").asText(),
                        value.path("dimension").asText(), value.path("title").asText()));
                case "Caveat" -> caveats.add(new Caveat(value.path("elementId").asText(),
                        value.path("dimension").asText(), value.path("kind").asText(), value.path("text").asText()));
                case "PracticalAction" -> actions.put(new ActionKey(value.path("dimension").asText(),
                        value.path("title").asText()), texts(value.path("elementIds")).stream().sorted().toList());
                default -> { } // ceilings and blockers show in the rules that fire and the levels they give
            }
        }

        private static Firing firing(JsonNode event) {
            JsonNode rule = event.path("rule");
            Set<String> elements = new TreeSet<>();
            Set<String> dimensions = new TreeSet<>();
            for (JsonNode matched : event.path("matched")) {
                JsonNode value = matched.path("value");
                String element = value.has("elementId") ? value.path("elementId").asText()
                        : "Element".equals(matched.path("factType").asText()) ? value.path("id").asText() : "";
                if (!element.isEmpty()) {
                    elements.add(element);
                }
                if (value.hasNonNull("dimension") && !value.path("dimension").asText().isEmpty()) {
                    dimensions.add(value.path("dimension").asText());
                }
            }
            return new Firing(rule.path("name").asText(), rule.path("file").asText() + ":" + rule.path("line").asInt(),
                    elements.size() == 1 ? elements.iterator().next() : "", List.copyOf(dimensions));
        }

        private static List<String> texts(JsonNode array) {
            List<String> texts = new ArrayList<>();
            array.forEach(n -> texts.add(n.asText()));
            return texts;
        }
    }
}
