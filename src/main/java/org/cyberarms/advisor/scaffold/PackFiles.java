package org.cyberarms.advisor.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The files of a new knowledge pack, as text, by their path inside the pack's folder: the model, three
 * example elements, an example scenario, rules that give every element one level and a recommendation for
 * each dimension that holds it back, analysts' tests that pin what those rules conclude, the pack's schemas
 * and a short README. Nothing here touches the disk: the command line writes the whole set at once.
 *
 * <p>Every file's comments say how to grow it, for analysts who do not program. The rules conclude with
 * {@code insertLogical} and use no salience, so no conclusion depends on the order they fire in.
 */
public final class PackFiles {

    public static final String MODEL = "knowledge/maturity-model.yaml";
    public static final String ELEMENTS = "knowledge/elements.yaml";
    public static final String SCENARIO = "knowledge/scenarios/example.yaml";
    public static final String CEILINGS = "rules/ceilings.drl";
    public static final String MATURITY = "rules/maturity.drl";
    public static final String RECOMMENDATIONS = "rules/recommendations.drl";
    /** Only for a pack of several rounds: with one round no status can move. */
    public static final String CAVEATS = "rules/caveats.drl";
    public static final String TESTS = "rules/tests/example.yaml";
    public static final String README = "README.md";
    /** The rule that recommends: named in the generated tests and their comments. */
    static final String RECOMMENDATION_RULE = "A dimension that blocks an element: raise it";
    static final String LEVEL_RULE = "Level is the lowest ceiling";
    private static final String INIT = "advisor init";

    private final PackPlan plan;
    private final String shownDir;
    private final LocalDate today;
    private final CeilingTable table;
    private final ExampleElements examples;

    /**
     * @param shownDir the pack's folder as the analyst wrote it, for the commands the comments show
     * @param today    the date of the provenance entries
     */
    public PackFiles(PackPlan plan, String shownDir, LocalDate today) {
        if (!plan.problems().isEmpty()) {
            throw new IllegalArgumentException("cannot write a pack: " + String.join("; ", plan.problems()));
        }
        this.plan = plan;
        this.shownDir = shownDir;
        this.today = today;
        this.table = new CeilingTable(plan.levels().size(), plan.statuses().size(), plan.reliances().size());
        this.examples = new ExampleElements(plan);
    }

    /** Every file, by its path in the pack (forward slashes), in the order a reader meets them. */
    public Map<String, String> all() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(README, readme());
        files.put(MODEL, model());
        files.put(ELEMENTS, elements());
        files.put(SCENARIO, scenario());
        files.put(CEILINGS, ceilings());
        files.put(MATURITY, resource("maturity.drl"));
        files.put(RECOMMENDATIONS, recommendations());
        if (plan.rounds() > 1) {
            files.put(CAVEATS, resource("caveats.drl"));
        }
        files.put(TESTS, tests());
        files.putAll(new PackSchemas(vocabulary()).all());
        return files;
    }

    /** The commands to run next, one a line, as the analyst pastes them. */
    public List<String> nextCommands() {
        return List.of("./advisor check --pack " + shownDir, "./advisor test --pack " + shownDir,
                "./advisor report --pack " + shownDir, "./advisor whatif --pack " + shownDir + " example");
    }

    Vocabulary vocabulary() {
        return new Vocabulary(plan.title(), plan.levels(), plan.dimensions(), plan.statuses(), plan.reliances(),
                plan.elementIds(), Optional.of(plan.rounds()), List.of("description"));
    }

    private String pack(String command) {
        return "./advisor " + command + " --pack " + shownDir;
    }

    // ---------------------------------------------------------------------------------------------- README

    private String readme() {
        return "# " + plan.title() + "\n\n"
                + "A knowledge pack for the Feasibility Advisor, written by `advisor init` as a starting point.\n"
                + "Its values are examples: replace them with your own.\n\n"
                + "| Where | What |\n|---|---|\n"
                + "| `" + MODEL + "` | the pack's title and words, the levels, dimensions, statuses"
                + (plan.hasReliances() ? " and reliances" : "") + " |\n"
                + "| `" + ELEMENTS + "` | the elements, each assessed on every dimension |\n"
                + "| `knowledge/scenarios/` | what-if scenarios (`example.yaml`) |\n"
                + "| `rules/*.drl` | the rules: ceilings, then the level, then recommendations"
                + (plan.rounds() > 1 ? " (and caveats)" : "") + " |\n"
                + "| `rules/tests/` | the analysts' tests: what the rules must conclude |\n"
                + "| `schemas/` | JSON Schemas your editor uses to check the YAML files as you type |\n\n"
                + "Run, from the advisor's folder:\n\n```\n" + String.join("\n", nextCommands()) + "\n```\n\n"
                + "After changing a scale or a dimension in `" + MODEL + "`, run `" + pack("schemas")
                + "` so that the schemas follow, and `" + pack("check") + "` so that the rules still give every"
                + " element one level. Each file's comments say how to grow it.\n";
    }

    // ------------------------------------------------------------------------------------------- the model

    private String model() {
        StringBuilder y = new StringBuilder();
        y.append("# yaml-language-server: $schema=../schemas/maturity-model.schema.json\n");
        y.append("#\n");
        y.append("# The maturity model of this pack: the scales every element is assessed on, and the words the\n");
        y.append("# report uses. Nothing here is fixed in the advisor's code.\n");
        y.append("#\n");
        y.append("# How to grow it (after each change run ").append(pack("check")).append(" and\n");
        y.append("# ").append(pack("test")).append("; after a change of scale or dimension, also\n");
        y.append("# ").append(pack("schemas")).append(" so that your editor knows the new words):\n");
        y.append("# - Add a dimension: add an entry under `dimensions:` and give every element in elements.yaml an\n");
        y.append("#   assessment for it. The rules need no change: they apply to every dimension.\n");
        y.append("# - Add a level: add it under `levels:` at its place (lowest first), then make a ceiling rule in\n");
        y.append("#   rules/ceilings.drl conclude it (or `check` reports it as a level nothing reaches).\n");
        y.append("# - Add a status: add it under `statuses:` at its place, then add it to the ceiling rule of the\n");
        y.append("#   level it should allow, in rules/ceilings.drl (or `check` reports the gap).\n");
        y.append("# - Rename a step: rename it everywhere it is written (elements, scenarios, rules, tests); every\n");
        y.append("#   command stops at the file:line:column of a word that is not on its scale.\n\n");

        y.append("# The pack itself. Every key is optional; without one, the advisor uses a generic default.\n");
        y.append("pack:\n");
        y.append("  title: ").append(Yaml.quoted(plan.title())).append("   # the report's title\n");
        y.append("  subject: the assessment   # completes \"how mature each element of <subject> is\"\n");
        y.append("  introduction: >-          # the report's opening paragraph\n");
        y.append("    For each element, the maturity level the rules reach, why, what holds it down and what\n");
        y.append("    would raise it. The values are examples written by advisor init.\n");
        y.append("  words:                    # the nouns the report uses: make them yours (factor/factors, area/areas)\n");
        y.append("    element: element\n    elements: elements\n    dimension: dimension\n    dimensions: dimensions\n");
        y.append("  element_ids: ").append(Yaml.quoted(plan.elementIds()))
                .append("   # every element id must match this whole (a Java regular expression)\n");
        y.append("  rounds: ").append(plan.rounds()).append("                 # rounds of scoring per assessment;"
                + " the latest decides\n");
        y.append("  required_fields: [description]   # element fields required beyond id, name and dimensions\n");
        y.append("  glossary:                 # terms the report's glossary adds to its own\n");
        y.append("    - term: ceiling\n");
        y.append("      meaning: The highest level one dimension allows an element, given its status")
                .append(plan.hasReliances() ? " and how much the element relies on it" : "").append(".\n\n");

        y.append(provenance("First version of the scales, written by advisor init; replace them with your model's."));

        y.append("\n# Maturity levels, lowest first. An element's level is the lowest ceiling any of its dimensions\n");
        y.append("# sets: levels are never averaged. Reword each meaning to say what holds at that level.\n");
        y.append("levels:\n");
        for (int level = 0; level < plan.levels().size(); level++) {
            y.append(step(plan.levels().get(level), levelMeaning(level)));
        }

        y.append("\n# The dimensions every element is assessed on, in the order the report shows them. `name` is\n");
        y.append("# what the report prints; `meaning` is the question an analyst answers when scoring it.\n");
        y.append("dimensions:\n");
        for (String dimension : plan.dimensions()) {
            y.append("  - id: ").append(Yaml.word(dimension)).append('\n');
            y.append("    name: ").append(Yaml.quoted(PackPlan.label(dimension))).append('\n');
            y.append("    meaning: ").append(Yaml.quoted("How far is " + PackPlan.label(dimension).toLowerCase(
                    java.util.Locale.ROOT) + " in place for the element? (Write your question here.)")).append('\n');
        }

        y.append("\n# How mature a dimension is today for an element, lowest first.\n");
        y.append("statuses:\n");
        int statuses = plan.statuses().size();
        for (int s = 0; s < statuses; s++) {
            String meaning = s == 0 ? "Nothing in place yet."
                    : s == statuses - 1 ? "Fully in place and practised."
                    : "Step " + (s + 1) + " of " + statuses + ": partly in place (say here what this step means).";
            y.append(step(plan.statuses().get(s), meaning));
        }

        if (plan.hasReliances()) {
            y.append("\n# How much an element needs a dimension to work, lowest first. The more it relies on a\n");
            y.append("# dimension, the more that dimension's status holds it back (rules/ceilings.drl).\n");
            y.append("# A pack may have no reliance at all: delete this scale and every `reliance:` in the elements.\n");
            y.append("reliances:\n");
            int reliances = plan.reliances().size();
            for (int r = 0; r < reliances; r++) {
                y.append(step(plan.reliances().get(r), relianceMeaning(r)));
            }
        } else {
            y.append("\n# This pack has no reliance scale: every dimension's status counts in full. To add one, write\n");
            y.append("# `reliances:` (lowest first, like the statuses), give every assessment in elements.yaml a\n");
            y.append("# `reliance:`, and make the rules in rules/ceilings.drl match on it.\n");
        }
        return y.toString();
    }

    private static String step(String name, String meaning) {
        return "  - name: " + Yaml.word(name) + "\n    meaning: " + Yaml.quoted(meaning) + "\n";
    }

    private String levelMeaning(int level) {
        List<String> statuses = IntStream.range(0, plan.statuses().size())
                .filter(s -> table.ceiling(topReliance(), s) == level)
                .mapToObj(s -> plan.statuses().get(s)).toList();
        String weakest = plan.hasReliances()
                ? "the weakest dimension the element relies on as " + plan.reliances().get(topReliance())
                : "the element's weakest dimension";
        String says = weakest + " is " + or(statuses) + ".";
        return level == 0 ? "The lowest level: " + says
                : level == plan.levels().size() - 1 ? "The top level: " + says
                : Character.toUpperCase(says.charAt(0)) + says.substring(1);
    }

    private String relianceMeaning(int reliance) {
        int top = plan.reliances().size() - 1;
        if (reliance == 0) {
            return "The element works whatever the state of this dimension: it never holds the element back.";
        }
        if (reliance == top) {
            return "The element cannot work without this dimension: the dimension's status caps its level.";
        }
        int lift = top - reliance;
        return "The element works without this dimension, but less well: it holds the element back " + lift
                + " level" + (lift == 1 ? "" : "s") + " less than " + plan.reliances().get(top) + " does.";
    }

    private int topReliance() {
        return plan.hasReliances() ? plan.reliances().size() - 1 : -1;
    }

    private String provenance(String what) {
        return "provenance:\n"
                + "  origin: illustrative\n"
                + "  basis: >-\n"
                + "    Example values written by advisor init, to be replaced with the pack's own and their source.\n"
                + "  changes:\n"
                + "    - by: " + INIT + "\n"
                + "      date: \"" + today + "\"\n"
                + "      what: " + Yaml.quoted(what) + "\n";
    }

    // ---------------------------------------------------------------------------------------- the elements

    private String elements() {
        StringBuilder y = new StringBuilder();
        y.append("# yaml-language-server: $schema=../schemas/elements.schema.json\n");
        y.append("#\n");
        y.append("# The elements assessed, each on every dimension of maturity-model.yaml (")
                .append(String.join(", ", plan.dimensions())).append(").\n");
        y.append("# For every dimension:\n");
        if (plan.hasReliances()) {
            y.append("#   reliance: how much the element needs it (").append(String.join(", ", plan.reliances()))
                    .append(")\n");
        }
        y.append("#   rounds:   its status in ").append(plan.rounds() == 1 ? "the round" : "each of the " + plan.rounds()
                + " rounds").append(" of scoring (").append(String.join(", ", plan.statuses())).append(")");
        y.append(plan.rounds() == 1 ? ";\n#             to score in several rounds, set `rounds:` in maturity-model.yaml"
                + " and give\n#             each assessment that many statuses, the first round first\n"
                : ";\n#             the latest round decides, earlier ones show how stable the score is\n");
        y.append("#\n");
        y.append("# The three elements below are examples: replace them with yours. To add an element, copy an\n");
        y.append("# entry, give it an id of its own (it must match `element_ids` in maturity-model.yaml), a name,\n");
        y.append("# a description and an assessment for every dimension; then run ").append(pack("report"))
                .append(".\n");
        y.append("# rules/tests/example.yaml pins what the rules conclude about the examples: when you change\n");
        y.append("# them, ").append(pack("test")).append(" says what moved; update or delete those cases.\n\n");
        y.append(provenance("First version: three example elements."));
        y.append("\nelements:\n");
        int width = plan.dimensions().stream().mapToInt(d -> Yaml.word(d).length()).max().orElse(0) + 1;
        for (ExampleElements.Example e : examples.all()) {
            y.append("  - id: ").append(Yaml.word(e.id())).append('\n');
            y.append("    name: ").append(Yaml.quoted(e.name())).append('\n');
            y.append("    description: ").append(Yaml.quoted(e.description())).append('\n');
            y.append("    dimensions:\n");
            for (ExampleElements.Cell cell : e.cells()) {
                y.append("      ").append(pad(Yaml.word(cell.dimension()) + ":", width)).append(" {");
                if (plan.hasReliances()) {
                    y.append("reliance: ").append(pad(Yaml.word(plan.reliances().get(cell.reliance())) + ",",
                            plan.reliances().stream().mapToInt(r -> Yaml.word(r).length()).max().orElse(0) + 1))
                            .append(' ');
                }
                y.append("rounds: ").append(Yaml.words(cell.rounds().stream().map(plan.statuses()::get).toList()))
                        .append("}\n");
            }
            y.append('\n');
        }
        return y.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    // ---------------------------------------------------------------------------------------- the scenario

    private String scenario() {
        ExampleElements.Example early = examples.early();
        String dimension = early.cells().get(0).dimension();
        String top = plan.statuses().get(plan.statuses().size() - 1);
        return "# yaml-language-server: $schema=../../schemas/scenario.schema.json\n"
                + "#\n"
                + "# A what-if scenario: changes applied over knowledge/elements.yaml in memory, never written into it.\n"
                + "# Run: ./advisor whatif --pack " + shownDir + " example\n"
                + "#  or: ./advisor report --pack " + shownDir + " --scenario example\n"
                + "#\n"
                + "# To write another, copy this file to knowledge/scenarios/NAME.yaml, set `name: NAME`, and list\n"
                + "# the changes: `status:` sets a dimension's status (in every round), `raise: 1` moves it one\n"
                + "# step up" + (plan.hasReliances() ? ", `reliance:` changes how much the element needs it" : "")
                + ";\n# `elements: all` (or a list of ids) instead of `element:` changes several elements at once.\n\n"
                + "name: example\n"
                + "description: " + Yaml.quoted("What if " + PackPlan.label(dimension).toLowerCase(java.util.Locale.ROOT)
                        + " were fully in place for " + early.id() + "?") + "\n"
                + "author: " + INIT + "\n"
                + "rationale: " + Yaml.quoted("An example of a what-if: " + early.id() + " is held at the lowest level"
                        + " by " + dimension + "; this shows how far it rises once " + dimension + " is " + top + ".")
                + "\n"
                + "provenance:\n"
                + "  origin: scenario\n"
                + "  basis: An analyst's assumption about a possible future, not a measurement.\n"
                + "  changes:\n"
                + "    - by: " + INIT + "\n"
                + "      date: \"" + today + "\"\n"
                + "      what: First version.\n\n"
                + "changes:\n"
                + "  - element: " + Yaml.word(early.id()) + "\n"
                + "    dimension: " + Yaml.word(dimension) + "\n"
                + "    status: " + Yaml.word(top) + "\n";
    }

    // ------------------------------------------------------------------------------------------- the rules

    private String ceilings() {
        StringBuilder d = new StringBuilder();
        d.append("// Step 1 of 3: what each dimension allows.\n");
        d.append("//\n");
        d.append("// For every element and dimension, one rule below sets a ceiling: the highest level the element\n");
        d.append("// can reach while that dimension stands as it does in the latest round of scoring. The ceiling\n");
        d.append("// depends on the dimension's status").append(plan.hasReliances()
                ? " and on how much the element relies on the dimension" : "").append(":\n");
        d.append("//\n");
        d.append(tableComment());
        d.append("//\n");
        d.append("// To change the table, change the rules: each rule is one cell, or several cells of a row that\n");
        d.append("// give the same level. After a new status or level in maturity-model.yaml, add it to the rule of\n");
        d.append("// the ceiling it should give; ").append(pack("check")).append(" reports any status\n");
        d.append("// that no rule covers (a gap) and any level that no rule concludes.\n");
        d.append("//\n");
        d.append(orderParagraph());
        d.append("//\n");
        d.append("// Facts you can match on: Assessment( elementId, dimension, ")
                .append(plan.hasReliances() ? "reliance, " : "").append("status, statusRank, stable,\n");
        d.append("//   movement ), Level( name, rank ) -- from knowledge/maturity-model.yaml.\n\n");
        d.append("package advisor\n\n");
        d.append("import org.cyberarms.advisor.model.Assessment\n");
        d.append("import org.cyberarms.advisor.model.Level\n");
        d.append("import org.cyberarms.advisor.model.Ceiling\n");
        if (!plan.hasReliances()) {
            for (CeilingTable.Group group : table.groups(-1)) {
                d.append(ceilingRule(-1, group));
            }
            return d.toString();
        }
        for (int r = plan.reliances().size() - 1; r >= 0; r--) {
            if (r == 0) {
                d.append(notNeededRule());
            } else {
                for (CeilingTable.Group group : table.groups(r)) {
                    d.append(ceilingRule(r, group));
                }
            }
        }
        return d.toString();
    }

    /** The table of rules/ceilings.drl: a row per reliance (top first), or one row of ceilings per status. */
    private String tableComment() {
        List<String> statuses = plan.statuses();
        List<String> rows = new ArrayList<>(plan.hasReliances() ? plan.reliances() : List.of("ceiling:"));
        java.util.Collections.reverse(rows); // the top reliance first, as the rules below are written
        String corner = plan.hasReliances() ? "" : "status:";
        int width = 2 + java.util.stream.Stream.of(statuses, plan.levels(), rows, List.of(corner))
                .flatMap(List::stream).mapToInt(String::length).max().orElse(8);
        StringBuilder t = new StringBuilder("//   ").append(pad(corner, width));
        statuses.forEach(s -> t.append(pad(s, width)));
        t.append('\n');
        for (int i = 0; i < rows.size(); i++) {
            int reliance = plan.hasReliances() ? rows.size() - 1 - i : -1;
            t.append("//   ").append(pad(rows.get(i), width));
            for (int s = 0; s < statuses.size(); s++) {
                t.append(pad(plan.levels().get(table.ceiling(reliance, s)), width));
            }
            t.append('\n');
        }
        return t.toString().replaceAll("(?m) +$", "");
    }

    private String ceilingRule(int reliance, CeilingTable.Group group) {
        List<String> statuses = plan.statuses().subList(group.fromStatus(), group.toStatus() + 1);
        String level = plan.levels().get(group.level());
        boolean noLimit = group.level() == plan.levels().size() - 1;
        String relianceName = reliance >= 0 ? plan.reliances().get(reliance) : "";
        String name = (reliance >= 0 ? "Reliance " + relianceName + ", status " : "Status ") + or(statuses)
                + (noLimit ? ": no limit" : ": ceiling " + level);
        String why;
        if (noLimit) {
            why = "A dimension that is " + or(statuses) + " does not hold the element back.";
        } else if (reliance < 0) {
            why = "A level holds only when everything it requires holds: while a dimension is " + or(statuses)
                    + ", the element can reach " + level + " at most.";
        } else if (reliance == plan.reliances().size() - 1) {
            why = "The element cannot work without this dimension, so its status caps the element's level: while it is "
                    + or(statuses) + ", the element can reach " + level + " at most.";
        } else {
            why = "The element works without this dimension, but less well: while it is " + or(statuses)
                    + ", the element can reach " + level + " at most, higher than if it relied on it fully.";
        }
        return rule(name, why, "$a : Assessment( " + statusCondition(relianceName, reliance >= 0, statuses) + " )",
                "$l : Level( name == " + Yaml.drlString(level) + " )", "insertLogical( new Ceiling( $a, $l ) );");
    }

    private static String statusCondition(String reliance, boolean hasReliance, List<String> statuses) {
        String status = statuses.size() == 1 ? "status == " + Yaml.drlString(statuses.get(0))
                : "status in (" + String.join(", ", statuses.stream().map(Yaml::drlString).toList()) + ")";
        return (hasReliance ? "reliance == " + Yaml.drlString(reliance) + ", " : "") + status;
    }

    private String notNeededRule() {
        String reliance = plan.reliances().get(0);
        return rule("Reliance " + reliance + ": no limit",
                "A dimension the element does not need cannot hold it back, whatever its status.",
                "$a : Assessment( reliance == " + Yaml.drlString(reliance) + " )",
                "$l : Level( name == " + Yaml.drlString(plan.levels().get(plan.levels().size() - 1)) + " )",
                "insertLogical( new Ceiling( $a, $l ) );");
    }

    private static String rule(String name, String rationale, String firstCondition, String secondCondition,
            String action) {
        return "\nrule " + Yaml.drlString(name) + "\n"
                + "    @rationale(" + Yaml.drlString(rationale) + ")\n"
                + "    @source(\"Written by advisor init as a starting point: replace it with the source of your"
                + " model.\")\n"
                + "when\n"
                + "    " + firstCondition + "\n"
                + "    " + secondCondition + "\n"
                + "then\n"
                + "    " + action + "\n"
                + "end\n";
    }

    private static String orderParagraph() {
        return "// The order of rules and files does not matter, and there is no `salience`. Every rule concludes\n"
                + "// with insertLogical(...): its conclusion holds for as long as the conditions that produced it\n"
                + "// hold, and the engine withdraws it by itself when they stop holding. The rules may fire in any\n"
                + "// order on the way; the conclusions at the end are the same. Use insertLogical for any new\n"
                + "// conclusion, never insert. It also keeps `advisor check` fast: it then runs one combination\n"
                + "// for all the values of a dimension that give the same ceiling.\n";
    }

    private String recommendations() {
        return "// Step 3 of 3: recommendations.\n"
                + "//\n"
                + "// Every element below the top level gets one recommendation for each dimension that blocks it\n"
                + "// (rules/maturity.drl says which), labelled with the level it is for: the element's next level up.\n"
                + "//\n"
                + "// To give a dimension advice of its own, copy the rule, add `dimension == \"ID\"` to its Blocker\n"
                + "// condition and `not Recommendation( elementId == $id, dimension == $d, title != \"...\" )`-style\n"
                + "// guards as the advisor's own rules/recommendations.drl does, and write the title and text.\n"
                + "// Check with " + pack("check") + ": it reports an element at the lowest level\n"
                + "// that gets no recommendation.\n"
                + "//\n"
                + orderParagraph()
                + "//\n"
                + "// Facts you can match on: ElementLevel( elementId, level, rank ), Level( name, rank ),\n"
                + "//   Blocker( elementId, dimension, level ), Recommendation( elementId, dimension, title, text, toReach ).\n\n"
                + "package advisor\n\n"
                + "import org.cyberarms.advisor.model.Blocker\n"
                + "import org.cyberarms.advisor.model.ElementLevel\n"
                + "import org.cyberarms.advisor.model.Level\n"
                + "import org.cyberarms.advisor.model.Recommendation\n"
                + "\nrule " + Yaml.drlString(RECOMMENDATION_RULE) + "\n"
                + "    @rationale(\"An element below the top level is held there by the dimensions whose ceiling is its"
                + " level: raising each of them is what lets it reach the next level.\")\n"
                + "    @source(\"Written by advisor init as a starting point: replace it with the source of your"
                + " recommendations.\")\n"
                + "when\n"
                + "    Blocker( $id : elementId, $d : dimension )\n"
                + "    ElementLevel( elementId == $id, $rank : rank )\n"
                + "    Level( rank == $rank + 1, $next : name )\n"
                + "then\n"
                + "    insertLogical( new Recommendation( $id, $d,\n"
                + "        \"Raise the blocking dimension\",\n"
                + "        \"The dimension '\" + $d + \"' holds this element at its level: raise its status to let the"
                + " element reach \" + $next + \".\",\n"
                + "        $next ) );\n"
                + "end\n";
    }

    // --------------------------------------------------------------------------------- the analysts' tests

    private String tests() {
        List<ExampleElements.Example> all = examples.all();
        Map<String, String> levels = new LinkedHashMap<>();
        Map<String, List<String>> blockers = new LinkedHashMap<>();
        Map<String, List<String>> moved = new LinkedHashMap<>();
        for (ExampleElements.Example e : all) {
            ExampleElements.Outcome outcome = examples.outcome(e);
            levels.put(e.id(), plan.levels().get(outcome.level()));
            blockers.put(e.id(), outcome.blockers());
            moved.put(e.id(), outcome.moved());
        }
        ExampleElements.Example early = examples.early();
        List<String> raised = examples.outcome(early).blockers();
        int top = plan.statuses().size() - 1;
        ExampleElements.Outcome after = examples.outcome(examples.withStatus(early, raised, top));
        StringBuilder y = new StringBuilder();
        y.append("# The analysts' tests of this pack: each case says what the rules must conclude, so that an edit\n");
        y.append("# that changes it fails at once. Run: ").append(pack("test")).append('\n');
        y.append("# (the format is in the advisor's docs/analyst-tests.md).\n");
        y.append("#\n");
        y.append("# The first case pins the example elements as written. Every key is exact: a level, blocker or\n");
        y.append("# recommendation more or less fails it. When you replace the examples with your own elements,\n");
        y.append("# write a case about yours: ").append(pack("report")).append(" shows what the rules\n");
        y.append("# conclude now. The second case shows `given`: a change made in memory before the run.\n\n");
        y.append("cases:\n");
        y.append("  - name: the example elements, as written\n");
        y.append("    expect:\n");
        y.append("      levels: {").append(String.join(", ", levels.entrySet().stream()
                .map(l -> Yaml.word(l.getKey()) + ": " + Yaml.word(l.getValue())).toList())).append("}\n");
        y.append("      blockers:          # the dimensions that hold each element at its level\n");
        blockers.forEach((id, dims) -> y.append("        ").append(Yaml.word(id)).append(": ").append(Yaml.words(dims))
                .append('\n'));
        y.append("      recommendations:   # one for each blocking dimension (rules/recommendations.drl)\n");
        blockers.forEach((id, dims) -> y.append("        ").append(Yaml.word(id)).append(": ").append(Yaml.words(dims))
                .append('\n'));
        if (plan.rounds() > 1) {
            y.append("      caveats:           # a status that moved between rounds (rules/caveats.drl)\n");
            moved.forEach((id, dims) -> y.append("        ").append(Yaml.word(id)).append(": [").append(String.join(
                    ", ", dims.stream().map(d -> "{moved: " + Yaml.word(d) + "}").toList())).append("]\n"));
        }
        y.append("      fires: [").append(Yaml.drlString(LEVEL_RULE)).append(", ")
                .append(Yaml.drlString(RECOMMENDATION_RULE)).append("]\n");
        y.append("\n  - name: ").append(Yaml.quoted(early.id() + " reaches " + plan.levels().get(after.level())
                + " once " + String.join(" and ", raised) + (raised.size() == 1 ? " is " : " are ")
                + plan.statuses().get(top))).append('\n');
        y.append("    given:\n");
        y.append("      elements:\n");
        y.append("        ").append(Yaml.word(early.id())).append(": {").append(String.join(", ", raised.stream()
                .map(d -> Yaml.word(d) + ": " + Yaml.word(plan.statuses().get(top))).toList())).append("}\n");
        y.append("    expect:\n");
        y.append("      levels: {").append(Yaml.word(early.id())).append(": ")
                .append(Yaml.word(plan.levels().get(after.level()))).append("}\n");
        y.append("      blockers: {").append(Yaml.word(early.id())).append(": ").append(Yaml.words(after.blockers()))
                .append("}\n");
        return y.toString();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** "none", "none or weak", "none, weak or partial". */
    private static String or(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String resource(String name) {
        try (InputStream in = PackFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
