package org.cyberarms.advisor.report;

import org.cyberarms.advisor.document.MarkdownText;
import org.cyberarms.advisor.document.WrappedText;
import java.util.List;
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
 * The report as CommonMark (tables as in GitHub-flavoured Markdown): a summary table, a heading per
 * element, lists for the rest. Every text taken from an input file goes through {@link MarkdownText}.
 */
final class MarkdownReportRenderer implements ReportRenderer {

    @Override
    public String render(FeasibilityReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(MarkdownText.escape(report.title())).append("\n\n");
        out.append("Justified feasibility report: for each element of the proposed instrument, the maturity level"
                + " the rules reach, the rules and facts behind it, and what would raise it.\n\n");
        if (report.restsOnReconstruction()) {
            out.append("> **Note:** the statuses behind these levels are the project's reconstruction, not the"
                    + " source's published scores. See [Where the data comes from](#where-the-data-comes-from).\n\n");
        }
        summary(out, report);
        out.append("## Elements\n\n");
        report.elements().forEach(e -> element(out, e));
        actions(out, report.actions());
        provenance(out, report.provenance());
        stamp(out, report);
        return out.toString();
    }

    private static void summary(StringBuilder out, FeasibilityReport report) {
        out.append("## Summary\n\n");
        out.append("| Level | Elements | Meaning |\n|---|---:|---|\n");
        for (LevelCount count : report.summary().levels()) {
            out.append("| ").append(MarkdownText.escape(count.level().name()))
                    .append(" | ").append(count.count())
                    .append(" | ").append(MarkdownText.escape(count.level().meaning())).append(" |\n");
        }
        out.append('\n');
        out.append("| Element | Name | Level | Blocking dimensions |\n|---|---|---|---|\n");
        for (ElementSection element : report.elements()) {
            out.append("| ").append(MarkdownText.escape(element.id()))
                    .append(" | ").append(MarkdownText.escape(element.name()))
                    .append(" | ").append(element.level().map(l -> MarkdownText.escape(l.name())).orElse("(none)"))
                    .append(" | ").append(element.blockingDimensions().isEmpty() ? "none"
                            : element.blockingDimensionNames().stream().map(MarkdownText::escape)
                                    .collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        out.append('\n');
        if (!report.summary().elementsWithoutLevel().isEmpty()) {
            out.append("No level concluded for: ").append(report.summary().elementsWithoutLevel().stream()
                    .map(MarkdownText::escape).collect(Collectors.joining(", "))).append(".\n\n");
        }
    }

    private static void element(StringBuilder out, ElementSection element) {
        out.append("### ").append(MarkdownText.escape(element.id())).append(": ")
                .append(MarkdownText.escape(element.name())).append("\n\n");
        out.append(MarkdownText.escape(element.description())).append("\n\n");
        if (element.level().isEmpty()) {
            out.append("**Level: none concluded** (no rule reached a level for this element)\n\n");
        } else {
            out.append("**Level: ").append(MarkdownText.escape(element.level().get().name())).append("** - ")
                    .append(MarkdownText.escape(element.level().get().meaning())).append("\n\n");
        }
        out.append("**Why this level**\n\n");
        element.levelRule().ifPresent(rule -> out.append("- Concluded by rule ").append(citation(rule)).append('\n'));
        if (element.atTopLevel()) {
            out.append("- No dimension limits it: ").append(MarkdownText.escape(element.level().get().name()))
                    .append(" is the highest level of the model.\n");
        } else if (element.blockingDimensions().isEmpty()) {
            out.append("- No rule named a dimension that holds it at this level.\n");
        } else {
            for (BlockingDimension dimension : element.blockingDimensions()) {
                out.append("- Held back by **").append(MarkdownText.escape(dimension.name())).append("**");
                if (!dimension.rounds().isEmpty()) {
                    out.append(": ").append(MarkdownText.escape(dimension.status())).append(" in round ")
                            .append(dimension.rounds().size()).append(" (rounds: ")
                            .append(MarkdownText.escape(dimension.history())).append(')');
                }
                if (!dimension.reliance().isEmpty()) {
                    out.append("; reliance ").append(MarkdownText.escape(dimension.reliance()));
                }
                out.append(". Sets a ceiling of ").append(MarkdownText.escape(dimension.ceiling())).append(".\n");
                dimension.ceilingRule().ifPresent(rule ->
                        out.append("  - By rule ").append(citation(rule)).append('\n'));
            }
        }
        out.append('\n');
        if (element.recommendations().isEmpty()) {
            out.append("**Recommendations:** none\n\n");
        } else {
            out.append("**Recommendations**\n\n");
            for (RecommendationItem item : element.recommendations()) {
                out.append("- **").append(MarkdownText.escape(item.title())).append("** (")
                        .append(MarkdownText.escape(item.label())).append("): ")
                        .append(MarkdownText.escape(item.text())).append('\n');
                out.append("  - Why: rule ").append(citation(item.rule())).append('\n');
            }
            out.append('\n');
        }
        if (element.caveats().isEmpty()) {
            out.append("**Caveats:** none\n\n");
        } else {
            out.append("**Caveats**\n\n");
            for (CaveatItem caveat : element.caveats()) {
                out.append("- ");
                if (!caveat.dimensionName().isEmpty()) {
                    out.append(MarkdownText.escape(caveat.dimensionName())).append(": ");
                }
                out.append(MarkdownText.escape(caveat.text())).append('\n');
            }
            out.append('\n');
        }
    }

    private static void actions(StringBuilder out, List<ActionSection> actions) {
        out.append("## Practical actions\n\n");
        if (actions.isEmpty()) {
            out.append("None: no dimension blocks several elements.\n\n");
            return;
        }
        for (ActionSection action : actions) {
            out.append("- **").append(MarkdownText.escape(action.title())).append("** (")
                    .append(MarkdownText.escape(action.dimensionName())).append("): ")
                    .append(MarkdownText.escape(action.text())).append('\n');
            out.append("  - For: ").append(action.elements().stream()
                    .map(e -> MarkdownText.escape(e.id()) + " " + MarkdownText.escape(e.name()))
                    .collect(Collectors.joining("; "))).append('\n');
            out.append("  - Why: rule ").append(citation(action.rule())).append('\n');
        }
        out.append('\n');
    }

    private static void provenance(StringBuilder out, List<ProvenanceNote> notes) {
        out.append("## Where the data comes from\n\n");
        for (ProvenanceNote note : notes) {
            out.append("- **").append(MarkdownText.escape(note.subject())).append("**: ")
                    .append(MarkdownText.escape(note.origin())).append(". ")
                    .append(MarkdownText.escape(note.basis())).append('\n');
            for (Provenance.Change change : note.changes()) {
                out.append("  - Changed ").append(MarkdownText.escape(change.date())).append(" by ")
                        .append(MarkdownText.escape(change.by())).append(": ")
                        .append(MarkdownText.escape(change.what())).append('\n');
            }
        }
        out.append('\n');
    }

    private static void stamp(StringBuilder out, FeasibilityReport report) {
        out.append("## Run\n\n");
        out.append("- Advisor version: ").append(MarkdownText.code(report.stamp().advisorVersion())).append('\n');
        out.append("- Generated at: ").append(MarkdownText.code(report.stamp().generatedAt().toString())).append('\n');
        out.append("\n| Input file | SHA-256 |\n|---|---|\n");
        for (SourceFile file : report.stamp().inputs()) {
            out.append("| ").append(MarkdownText.escape(file.path())).append(" | ")
                    .append(MarkdownText.code(file.sha256())).append(" |\n");
        }
    }

    /** {@code "name" (`file:line`): rationale *Based on: source*} */
    private static String citation(RuleCitation rule) {
        StringBuilder text = new StringBuilder("\"").append(MarkdownText.escape(rule.name())).append("\" (")
                .append(MarkdownText.code(rule.location())).append(')');
        rule.rationale().ifPresent(r -> text.append(": ").append(MarkdownText.escape(r)));
        rule.source().ifPresent(s -> text.append(" *Based on: ").append(MarkdownText.escape(s)).append("*"));
        return text.toString();
    }
}
