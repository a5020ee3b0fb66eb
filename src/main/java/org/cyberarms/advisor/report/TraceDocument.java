package org.cyberarms.advisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Text;
import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.trace.RecordedEvent;
import org.cyberarms.advisor.trace.RecordedTrace;

/**
 * {@code advisor trace} as a {@link Document}: what the run read (each file with its SHA-256), then one item
 * per event in order (its number, what happened, the rule and where it is written) with the event's facts
 * as sentences beneath it, optionally only the events of one element or one rule.
 */
public final class TraceDocument {

    private TraceDocument() {}

    /** Which events to show; empty filters show all. */
    public record Filter(Optional<String> elementId, Optional<String> rule, boolean firingsOnly) {

        public static final Filter ALL = new Filter(Optional.empty(), Optional.empty(), false);

        Predicate<RecordedEvent> predicate() {
            return e -> elementId.map(id -> e.elementIds().contains(id)).orElse(true)
                    && rule.map(r -> e.rule().map(r::equals).orElse(false)).orElse(true)
                    && (!firingsOnly || e.kind().equals("RuleFired"));
        }
    }

    public static Document of(RecordedTrace trace, Filter filter) {
        var stamp = trace.header().stamp();
        var inputs = trace.header().inputs();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(Text.builder().plain("Knowledge: ").code(inputs.knowledgeDir())
                .plain("; rules: ").code(inputs.rulesDir()).plain(".").build()));
        List<Block.Row> files = new ArrayList<>();
        for (SourceFile f : stamp.inputs()) {
            files.add(Block.Row.of(f.path(), f.sha256()));
        }
        blocks.add(new Block.Table("Files read", List.of(Block.Column.of("File"), Block.Column.of("SHA-256")), files,
                true));
        List<RecordedEvent> shown = trace.events().stream().filter(filter.predicate()).toList();
        StringBuilder count = new StringBuilder(shown.size() + " of " + trace.events().size() + " events");
        filter.elementId().ifPresent(id -> count.append(", element ").append(id));
        filter.rule().ifPresent(r -> count.append(", rule “").append(r).append('”'));
        if (filter.firingsOnly()) {
            count.append(", firings only");
        }
        List<Block.Item> events = new ArrayList<>();
        for (RecordedEvent e : shown) {
            List<Block> facts = e.facts().isEmpty() ? List.of()
                    : List.of(Block.BulletList.of(e.facts().stream().map(Text::of).toList()));
            events.add(new Block.Item(event(e), facts));
        }
        List<Block> eventBlocks = new ArrayList<>();
        eventBlocks.add(Block.Paragraph.of(count + "."));
        if (!events.isEmpty()) {
            eventBlocks.add(new Block.BulletList(events));
        }
        blocks.add(new Block.Section("events", Text.of("Events"), eventBlocks));
        return Document.of("Trace of a run by advisor " + stamp.advisorVersion() + " at " + stamp.generatedAt(), blocks);
    }

    /** {@code #146 fired “Critical dimension absent: ceiling unlikely” (rules/constraints.drl:27)}. */
    private static Text event(RecordedEvent e) {
        Text.Builder text = Text.builder().plain("#" + e.sequence() + " ");
        String rule = e.rule().map(r -> "“" + r + "”").orElse("");
        switch (e.kind()) {
            case "RuleFired" -> {
                text.strong("fired").plain(" " + rule);
                e.ruleLocation().ifPresent(l -> text.plain(" (").code(l).plain(")"));
            }
            case "MatchCreated" -> text.plain("matched " + rule);
            case "MatchCancelled" -> text.plain("cancelled " + rule);
            case "FactInserted" -> text.plain("inserted " + by(e));
            case "FactUpdated" -> text.plain("updated " + by(e));
            case "FactDeleted" -> text.plain("deleted " + by(e));
            default -> text.plain(e.kind());
        }
        return text.build();
    }

    private static String by(RecordedEvent e) {
        return e.rule().map(r -> "by “" + r + "”").orElse("(input)");
    }
}
