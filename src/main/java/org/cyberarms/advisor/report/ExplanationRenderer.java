package org.cyberarms.advisor.report;

import org.cyberarms.advisor.document.MarkdownText;
import org.cyberarms.advisor.document.WrappedText;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Blocker;
import org.cyberarms.advisor.model.Ceiling;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.Level;
import org.cyberarms.advisor.trace.ConditionCheck;
import org.cyberarms.advisor.trace.PatternCheck;
import org.cyberarms.advisor.trace.RuleDiagnosis;
import org.cyberarms.advisor.trace.RuleRef;
import org.cyberarms.advisor.trace.WhyNot;

/**
 * Lays out an {@link Explanation} as text, Markdown, JSON or HTML. Text and Markdown share one layout (Markdown
 * adds headings and list markers); JSON carries the same content as a tree; HTML is a page on the shared
 * layout ({@link HtmlExplanationPage}, {@code explanation.mustache}).
 */
public final class ExplanationRenderer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String render(Explanation e, ReportFormat format) {
        return switch (format) {
            case TEXT -> new Layout(false).render(e);
            case MARKDOWN -> new Layout(true).render(e);
            case JSON -> json(e);
            case HTML -> HtmlTemplates.render("explanation", HtmlExplanationPage.of(e));
        };
    }

    /** One line for a fact, in the analyst's words. */
    static String fact(Object fact) {
        if (fact instanceof Assessment a) {
            return "Assessment " + a.elementId() + " " + a.dimension() + ": reliance " + a.reliance() + ", status "
                    + a.status() + " (rounds " + String.join(", ", a.rounds()) + ")";
        }
        if (fact instanceof Ceiling c) {
            return "Ceiling " + c.elementId() + " " + c.dimension() + ": " + c.level();
        }
        if (fact instanceof ElementLevel l) {
            return "Level of " + l.elementId() + ": " + l.level();
        }
        if (fact instanceof Blocker b) {
            return "Blocker " + b.elementId() + " " + b.dimension() + " at " + b.level();
        }
        if (fact instanceof Level l) {
            return "Level " + l.name() + " (rank " + l.rank() + ")";
        }
        if (fact instanceof Element el) {
            return "Element " + el.id() + " " + el.name();
        }
        return String.valueOf(fact);
    }

    private static final class Layout {
        private final boolean markdown;
        private final StringBuilder out = new StringBuilder();

        Layout(boolean markdown) {
            this.markdown = markdown;
        }

        String render(Explanation e) {
            heading(1, e.element().id() + " " + e.element().name() + ": "
                    + e.level().map(ElementLevel::level).orElse("no level (no rule concluded one)"));
            heading(2, "HOW (the rules that fired, from the level down to the facts)");
            e.how().ifPresentOrElse(d -> derivation(d, 0), () -> line(0, "No rule concluded a level for this element."));
            heading(2, "WHY NOT a higher level");
            if (e.whyNot().levels().isEmpty()) {
                line(0, "It reached the highest level.");
            }
            for (WhyNot.LevelNotReached level : e.whyNot().levels()) {
                line(0, "Not " + level.level() + ": held below it by " + level.heldBackBy().stream()
                        .map(h -> h.dimension() + " (ceiling " + h.ceiling() + ")").collect(Collectors.joining(", ")));
                for (WhyNot.HeldBack held : level.heldBackBy()) {
                    line(1, held.dimension() + ": ceiling " + held.ceiling() + " set by " + rule(held.ceilingRule()));
                    if (held.alternatives().isEmpty()) {
                        line(2, "no rule sets a ceiling of " + level.level() + " or higher for this dimension");
                    }
                    for (RuleDiagnosis alt : held.alternatives()) {
                        line(2, "would need " + rule(alt.rule()) + ", which did not fire:");
                        for (ConditionCheck c : alt.failedConditions()) {
                            line(3, "failed: " + code(c.evaluated()) + "   actual: " + actual(c.actual()));
                        }
                    }
                }
            }
            e.rule().ifPresent(this::diagnosis);
            return out.toString();
        }

        private void derivation(Derivation d, int depth) {
            line(depth, fact(d.fact()) + d.rule().map(r -> "  <- " + rule(r)).orElse("  (from the knowledge files)"));
            d.rule().flatMap(RuleRef::rationale).ifPresent(r -> line(depth + 1, "because: " + r));
            for (Derivation premise : d.premises()) {
                derivation(premise, depth + 1);
            }
        }

        private void diagnosis(RuleDiagnosis d) {
            heading(2, "Rule " + d.rule().name());
            line(0, rule(d.rule()) + (d.firedForElement() ? " FIRED for this element." : " did NOT fire for this element."));
            d.rule().rationale().ifPresent(r -> line(1, "because: " + r));
            for (PatternCheck p : d.patterns()) {
                String verdict = p.kind().equals("unchecked") ? "not checked (accumulate/from/or)"
                        : p.holds() ? "holds" : "does not hold";
                line(0, code(p.source()) + ": " + verdict);
                p.fact().ifPresent(f -> line(1, (p.kind().equals("not") ? "matching fact: " : "closest fact: ") + f));
                for (ConditionCheck c : p.conditions()) {
                    String mark = c.passed().map(ok -> ok ? "passed" : "FAILED").orElse("not checked");
                    line(1, mark + ": " + code(c.evaluated()) + (c.actual().isEmpty() ? "" : "   actual: " + actual(c.actual())));
                }
            }
        }

        private String rule(RuleRef r) {
            return "\"" + r.name() + "\" (" + r.location() + ")";
        }

        private String code(String text) {
            return markdown ? MarkdownText.code(text) : text;
        }

        private void heading(int level, String text) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (markdown) {
                out.append("#".repeat(level)).append(' ').append(MarkdownText.escape(text)).append("\n\n");
            } else {
                out.append(text).append('\n');
                if (level == 1) {
                    out.append("=".repeat(Math.min(text.length(), 100))).append('\n');
                }
            }
        }

        private void line(int depth, String text) {
            out.append("  ".repeat(depth + (markdown ? 0 : 1))).append(markdown ? "- " : "").append(text).append('\n');
        }
    }

    /**
     * A condition's actual values, {@code reliance = critical, status = none}, by field name: the record's map
     * has no stable order from one run to the next, and golden files need one.
     */
    static String actual(Map<String, String> values) {
        return new java.util.TreeMap<>(values).entrySet().stream().map(v -> v.getKey() + " = " + v.getValue()).collect(Collectors.joining(", "));
    }

    private static String json(Explanation e) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", "advisor-explanation/1");
        root.put("element", e.element().id());
        root.put("name", e.element().name());
        root.put("level", e.level().map(ElementLevel::level).orElse(null));
        root.set("how", e.how().map(ExplanationRenderer::derivationJson).orElse(null));
        ArrayNode whyNot = root.putArray("whyNot");
        for (WhyNot.LevelNotReached level : e.whyNot().levels()) {
            ObjectNode l = whyNot.addObject().put("level", level.level());
            ArrayNode held = l.putArray("heldBackBy");
            for (WhyNot.HeldBack h : level.heldBackBy()) {
                ObjectNode hn = held.addObject().put("dimension", h.dimension()).put("ceiling", h.ceiling());
                hn.set("ceilingRule", ruleJson(h.ceilingRule()));
                ArrayNode alts = hn.putArray("alternatives");
                h.alternatives().forEach(a -> alts.add(diagnosisJson(a)));
            }
        }
        root.set("rule", e.rule().map(ExplanationRenderer::diagnosisJson).orElse(null));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    private static ObjectNode derivationJson(Derivation d) {
        ObjectNode node = JSON.createObjectNode();
        node.put("fact", fact(d.fact()));
        node.put("factType", d.fact().getClass().getSimpleName());
        node.set("concludedBy", d.rule().map(ExplanationRenderer::ruleJson).orElse(null));
        ArrayNode premises = node.putArray("premises");
        d.premises().forEach(p -> premises.add(derivationJson(p)));
        return node;
    }

    private static ObjectNode ruleJson(RuleRef r) {
        ObjectNode node = JSON.createObjectNode().put("name", r.name()).put("file", r.file()).put("line", r.line());
        node.put("rationale", r.rationale().orElse(null));
        return node;
    }

    private static ObjectNode diagnosisJson(RuleDiagnosis d) {
        ObjectNode node = JSON.createObjectNode();
        node.set("rule", ruleJson(d.rule()));
        node.put("firedForElement", d.firedForElement());
        ArrayNode patterns = node.putArray("conditions");
        for (PatternCheck p : d.patterns()) {
            ObjectNode pn = patterns.addObject().put("kind", p.kind()).put("pattern", p.source()).put("holds", p.holds());
            pn.put("fact", p.fact().orElse(null));
            ArrayNode cs = pn.putArray("constraints");
            for (ConditionCheck c : p.conditions()) {
                ObjectNode cn = cs.addObject().put("constraint", c.constraint()).put("evaluated", c.evaluated());
                if (c.passed().isPresent()) {
                    cn.put("passed", c.passed().get());
                } else {
                    cn.putNull("passed");
                }
                ObjectNode actual = cn.putObject("actual");
                c.actual().forEach(actual::put);
            }
        }
        return node;
    }

}
