package org.cyberarms.advisor.report;

import org.cyberarms.advisor.document.MarkdownText;
import org.cyberarms.advisor.document.WrappedText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cyberarms.advisor.model.Provenance;
import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.report.FeasibilityReport.ActionSection;
import org.cyberarms.advisor.report.FeasibilityReport.BlockingDimension;
import org.cyberarms.advisor.report.FeasibilityReport.CaveatItem;
import org.cyberarms.advisor.report.FeasibilityReport.ElementSection;
import org.cyberarms.advisor.report.FeasibilityReport.LevelCount;
import org.cyberarms.advisor.report.FeasibilityReport.ProvenanceNote;
import org.cyberarms.advisor.report.FeasibilityReport.RecommendationItem;
import org.cyberarms.advisor.report.FeasibilityReport.RuleCitation;

/**
 * The report for a terminal: plain text wrapped at 100 columns, no colour codes (so that pipes and files
 * stay clean), written for a reader who does not read rule files.
 */
final class TextReportRenderer implements ReportRenderer {

    static final int WIDTH = 100;
    private static final String RULE_LINE = "-".repeat(WIDTH);

    @Override
    public String render(FeasibilityReport report) {
        return new Page().write(report);
    }

    /** One rendering in progress: the renderer itself keeps no state between calls. */
    private static final class Page {

        private final StringBuilder out = new StringBuilder();

        String write(FeasibilityReport report) {
            header(report);
            summary(report);
            for (ElementSection element : report.elements()) {
                element(element);
            }
            actions(report.actions());
            provenance(report.provenance());
            stamp(report);
            return out.toString();
        }

        private void header(FeasibilityReport report) {
            line(report.title().toUpperCase(java.util.Locale.ROOT));
            line("=".repeat(Math.min(WIDTH, report.title().length())));
            prose("Justified feasibility report: for each element of the proposed instrument, the maturity level"
                    + " the rules reach, the rules and facts behind it, and what would raise it.", "", "");
            if (report.restsOnReconstruction()) {
                blank();
                prose("Note: the statuses behind these levels are the project's reconstruction, not the source's"
                        + " published scores. See \"Where the data comes from\" at the end.", "", "");
            }
        }

        private void summary(FeasibilityReport report) {
            heading("SUMMARY: " + report.summary().elementCount() + " elements, by level (highest first)");
            int width = report.summary().levels().stream().mapToInt(l -> l.level().name().length()).max().orElse(0);
            // Looked up once: a search of the sections per id made the summary quadratic in the element count.
            Map<String, String> names = new HashMap<>();
            report.elements().forEach(e -> names.putIfAbsent(e.id(), e.name()));
            for (LevelCount count : report.summary().levels()) {
                String lead = "  " + pad(count.level().name(), width) + "  " + pad(String.valueOf(count.count()), 2) + "  ";
                String indent = " ".repeat(lead.length());
                if (count.elementIds().isEmpty()) {
                    line(lead + "-");
                    continue;
                }
                String first = lead;
                for (String id : count.elementIds()) {
                    prose(id + "  " + names.get(id), first, indent + "     ");
                    first = indent;
                }
            }
            if (!report.summary().elementsWithoutLevel().isEmpty()) {
                line("  No level concluded: " + String.join(", ", report.summary().elementsWithoutLevel()));
            }
        }

        private void element(ElementSection element) {
            blank();
            line(RULE_LINE);
            String hanging = " ".repeat(element.id().length() + 1);
            prose(element.id() + " " + element.name(), "", hanging);
            prose(element.description(), hanging, hanging);
            blank();
            if (element.level().isEmpty()) {
                line("Level: none concluded (no rule reached a level for this element)");
            } else {
                line("Level: " + element.level().get().name().toUpperCase(java.util.Locale.ROOT));
                prose(element.level().get().meaning(), "  ", "  ");
            }
            blank();
            line("Why this level");
            element.levelRule().ifPresent(rule -> citation("Concluded by rule", rule, "  "));
            if (element.atTopLevel()) {
                prose("No dimension limits it: " + element.level().get().name()
                        + " is the highest level of the model.", "  ", "  ");
            } else if (element.blockingDimensions().isEmpty()) {
                prose("No rule named a dimension that holds it at this level.", "  ", "  ");
            } else {
                line("  Held back by:");
                for (BlockingDimension dimension : element.blockingDimensions()) {
                    blocking(dimension);
                }
            }
            blank();
            if (element.recommendations().isEmpty()) {
                line("Recommendations: none");
            } else {
                line("Recommendations");
                int n = 1;
                for (RecommendationItem item : element.recommendations()) {
                    String lead = "  " + n++ + ". ";
                    String indent = " ".repeat(lead.length());
                    prose(item.title() + " (" + item.label() + ")", lead, indent);
                    prose(item.text(), indent, indent);
                    citation("Why: rule", item.rule(), indent);
                }
            }
            blank();
            if (element.caveats().isEmpty()) {
                line("Caveats: none");
            } else {
                line("Caveats");
                for (CaveatItem caveat : element.caveats()) {
                    String about = caveat.dimensionName().isEmpty() ? "" : caveat.dimensionName() + ": ";
                    prose(about + caveat.text(), "  - ", "    ");
                }
            }
        }

        private void blocking(BlockingDimension dimension) {
            StringBuilder facts = new StringBuilder(dimension.name());
            if (!dimension.rounds().isEmpty()) {
                facts.append(": ").append(dimension.status()).append(" in round ").append(dimension.rounds().size())
                        .append(" (rounds: ").append(dimension.history()).append(")");
            }
            if (!dimension.reliance().isEmpty()) {
                facts.append("; reliance ").append(dimension.reliance());
            }
            facts.append(". Sets a ceiling of ").append(dimension.ceiling()).append('.');
            prose(facts.toString(), "  - ", "    ");
            dimension.ceilingRule().ifPresent(rule -> citation("By rule", rule, "    "));
        }

        private void actions(List<ActionSection> actions) {
            blank();
            line(RULE_LINE);
            heading("PRACTICAL ACTIONS (across elements)");
            if (actions.isEmpty()) {
                line("None: no dimension blocks several elements.");
                return;
            }
            int n = 1;
            for (ActionSection action : actions) {
                String lead = "  " + n++ + ". ";
                String indent = " ".repeat(lead.length());
                prose(action.title() + " (" + action.dimensionName() + ")", lead, indent);
                prose(action.text(), indent, indent);
                prose("For: " + action.elements().stream().map(e -> e.id() + " " + e.name())
                        .collect(Collectors.joining("; ")) + ".", indent, indent + "  ");
                citation("Why: rule", action.rule(), indent);
                blank();
            }
        }

        private void provenance(List<ProvenanceNote> notes) {
            line(RULE_LINE);
            heading("WHERE THE DATA COMES FROM");
            for (ProvenanceNote note : notes) {
                prose(note.subject() + ": " + note.origin(), "", "  ");
                prose(note.basis(), "  ", "  ");
                for (Provenance.Change change : note.changes()) {
                    prose("Changed " + change.date() + " by " + change.by() + ": " + change.what(), "  - ", "    ");
                }
                blank();
            }
        }

        private void stamp(FeasibilityReport report) {
            line("RUN");
            line("  Advisor version: " + report.stamp().advisorVersion());
            line("  Generated at:    " + report.stamp().generatedAt());
            line("  Input files (SHA-256):");
            int width = report.stamp().inputs().stream().mapToInt(f -> f.path().length()).max().orElse(0);
            for (SourceFile file : report.stamp().inputs()) {
                line("    " + pad(file.path(), width) + "  " + file.sha256());
            }
        }

        /**
         * The rule's name and place on one line, its rationale and source as an indented paragraph below:
         * a reader can skip the block, an analyst can open the file at the line.
         */
        private void citation(String label, RuleCitation rule, String indent) {
            prose(label + " \"" + rule.name() + "\" (" + rule.location() + ")", indent, indent + "    ");
            String body = indent + "  ";
            rule.rationale().ifPresent(r -> prose(r, body, body));
            rule.source().ifPresent(s -> prose("Based on: " + s, body, body + "  "));
        }

        private void heading(String text) {
            blank();
            line(text);
            blank();
        }

        private void prose(String text, String first, String rest) {
            WrappedText.wrap(text, WIDTH, first, rest).forEach(this::line);
        }

        private void line(String text) {
            out.append(text).append('\n');
        }

        private void blank() {
            int n = out.length();
            if (n > 0 && !(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
                out.append('\n');
            }
        }

        private static String pad(String text, int width) {
            return text + " ".repeat(Math.max(0, width - text.length()));
        }
    }
}
