package org.cyberarms.advisor.uncertainty;

import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cyberarms.advisor.uncertainty.UncertaintyResult.ElementUncertainty;
import org.cyberarms.advisor.uncertainty.UncertaintyResult.LevelProbability;

/** Lays out an {@link UncertaintyResult}; decides nothing. The same result always gives the same text. */
public final class UncertaintyRenderer {

    static final String SCHEMA_ID = "advisor-uncertainty/1";

    private UncertaintyRenderer() {}

    public static String render(UncertaintyResult result, UncertaintyFormat format) {
        return switch (format) {
            case TEXT -> text(result);
            case MARKDOWN -> markdown(result);
            case JSON -> json(result);
        };
    }

    private static String text(UncertaintyResult r) {
        StringBuilder out = new StringBuilder();
        out.append("UNCERTAINTY OF THE LEVELS: ").append(r.samples()).append(" samples, seed ").append(r.seed())
                .append('\n');
        out.append("Each sample draws every status from the panel's latest scores, or from the three rounds where no"
                + " panel scored,\nand runs the rules. Share of samples per level, with its 95% interval (Wilson).\n\n");
        for (ElementUncertainty e : r.elements()) {
            out.append(String.format("%-4s %-60s as written: %s%s%n", e.elementId(), truncate(e.name(), 60), e.level(),
                    e.unstable() ? "   UNSTABLE" : ""));
            String levels = e.levels().stream().filter(p -> p.count() > 0)
                    .map(UncertaintyRenderer::share)
                    .collect(Collectors.joining(", "));
            out.append("     ").append(levels).append('\n');
            e.driver().ifPresent(d -> out.append(String.format(
                    "     driven by %s (credited in %s of the %d samples that changed the level)%n",
                    d.dimension(), percent(d.share()), e.changed())));
        }
        out.append('\n');
        if (r.unstable().isEmpty()) {
            out.append("No element is unstable (every modal level holds in at least ")
                    .append(percent(r.stableAt())).append(" of the samples).\n");
        } else {
            out.append("Unstable (modal level in less than ").append(percent(r.stableAt()))
                    .append(" of the samples): ")
                    .append(r.unstable().stream()
                            .map(e -> e.elementId() + e.driver().map(d -> " (" + d.dimension() + ")").orElse(""))
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
        return out.toString();
    }

    private static String markdown(UncertaintyResult r) {
        StringBuilder out = new StringBuilder();
        out.append("# Uncertainty of the levels\n\n")
                .append(r.samples()).append(" samples, seed ").append(r.seed())
                .append(". Each sample draws every status from the panel's latest scores, or from the three rounds"
                        + " where no panel scored, and runs the rules. Shares with their 95% interval (Wilson);"
                        + " unstable: the modal level holds in less than ").append(percent(r.stableAt()))
                .append(" of the samples.\n\n");
        out.append("| element | as written |");
        r.elements().get(0).levels().forEach(l -> out.append(' ').append(l.level()).append(" |"));
        out.append(" unstable | driven by |\n|---|---|");
        r.elements().get(0).levels().forEach(l -> out.append("---|"));
        out.append("---|---|\n");
        for (ElementUncertainty e : r.elements()) {
            out.append("| ").append(e.elementId()).append(' ').append(e.name().replace("|", "\\|")).append(" | ")
                    .append(e.level()).append(" |");
            for (LevelProbability p : e.levels()) {
                out.append(' ').append(p.count() == 0 ? "–" : percent(p.probability()) + " ["
                        + percent(p.low()) + ", " + percent(p.high()) + "]").append(" |");
            }
            out.append(e.unstable() ? " **yes**" : " no").append(" | ")
                    .append(e.driver().map(d -> d.dimension() + " (" + percent(d.share()) + ")").orElse("–"))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String json(UncertaintyResult r) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        root.put("schema", SCHEMA_ID);
        root.put("samples", r.samples());
        root.put("seed", r.seed());
        root.put("stableAt", r.stableAt());
        ArrayNode elements = root.putArray("elements");
        for (ElementUncertainty e : r.elements()) {
            ObjectNode node = elements.addObject();
            node.put("id", e.elementId());
            node.put("name", e.name());
            node.put("level", e.level());
            node.put("modalLevel", e.modal().level());
            node.put("unstable", e.unstable());
            node.put("changed", e.changed());
            ArrayNode levels = node.putArray("levels");
            for (LevelProbability p : e.levels()) {
                levels.addObject().put("level", p.level()).put("count", p.count())
                        .put("probability", p.probability()).put("low", p.low()).put("high", p.high());
            }
            if (e.driver().isPresent()) {
                node.putObject("driver").put("dimension", e.driver().get().dimension())
                        .put("credited", e.driver().get().credited()).put("share", e.driver().get().share());
            } else {
                node.putNull("driver");
            }
        }
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static String share(LevelProbability p) {
        return p.level() + " " + percent(p.probability()) + " [" + percent(p.low()) + ", " + percent(p.high()) + "]";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
