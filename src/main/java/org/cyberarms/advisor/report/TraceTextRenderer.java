package org.cyberarms.advisor.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.trace.RecordedEvent;
import org.cyberarms.advisor.trace.RecordedTrace;

/**
 * A trace file laid out for reading in a terminal: the stamp, then one block per event (number, what
 * happened, the rule and where it is written, the facts), optionally only the events of one element or
 * one rule.
 */
public final class TraceTextRenderer {

    /** Which events to show; empty filters show all. */
    public record Filter(Optional<String> elementId, Optional<String> rule, boolean firingsOnly) {

        public static final Filter ALL = new Filter(Optional.empty(), Optional.empty(), false);

        Predicate<RecordedEvent> predicate() {
            return e -> elementId.map(id -> e.elementIds().contains(id)).orElse(true)
                    && rule.map(r -> e.rule().map(r::equals).orElse(false)).orElse(true)
                    && (!firingsOnly || e.kind().equals("RuleFired"));
        }
    }

    public String render(RecordedTrace trace, Filter filter) {
        StringBuilder out = new StringBuilder();
        out.append("Trace of a run by advisor ").append(trace.header().stamp().advisorVersion())
                .append(" at ").append(trace.header().stamp().generatedAt()).append('\n');
        out.append("Knowledge: ").append(trace.header().inputs().knowledgeDir())
                .append("   Rules: ").append(trace.header().inputs().rulesDir()).append('\n');
        for (SourceFile f : trace.header().stamp().inputs()) {
            out.append("  ").append(f.path()).append("  sha256 ").append(f.sha256()).append('\n');
        }
        List<RecordedEvent> shown = trace.events().stream().filter(filter.predicate()).toList();
        out.append(shown.size()).append(" of ").append(trace.events().size()).append(" events");
        filter.elementId().ifPresent(id -> out.append(", element ").append(id));
        filter.rule().ifPresent(r -> out.append(", rule \"").append(r).append('"'));
        if (filter.firingsOnly()) {
            out.append(", firings only");
        }
        out.append("\n\n");
        for (RecordedEvent e : shown) {
            out.append(String.format("#%-5d ", e.sequence()));
            switch (e.kind()) {
                case "RuleFired" -> out.append("FIRED      \"").append(e.rule().orElse("")).append("\" (")
                        .append(e.ruleLocation().orElse("")).append(")");
                case "MatchCreated" -> out.append("matched    \"").append(e.rule().orElse("")).append('"');
                case "MatchCancelled" -> out.append("cancelled  \"").append(e.rule().orElse("")).append('"');
                case "FactInserted" -> out.append("inserted   ").append(by(e));
                case "FactUpdated" -> out.append("updated    ").append(by(e));
                case "FactDeleted" -> out.append("deleted    ").append(by(e));
                default -> out.append(e.kind());
            }
            out.append('\n');
            for (String fact : e.facts()) {
                out.append("         ").append(fact).append('\n');
            }
        }
        return out.toString();
    }

    private static String by(RecordedEvent e) {
        return e.rule().map(r -> "by \"" + r + "\"").orElse("(input)");
    }
}
