package org.cyberarms.advisor.report;

import org.cyberarms.advisor.document.SequentialPalette;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.scenario.Comparison;

/**
 * A what-if {@link Comparison} arranged for {@code whatif.mustache}: the elements × scenarios matrix with
 * each level's colour ready to print, and per scenario what it changes. Everything shown is read from the
 * comparison's records, as the text and Markdown layouts read it; colours follow the level's rank on the
 * model's scale, as in the report, and a change also carries an arrow and a word so that colour is never
 * the only signal.
 */
record HtmlWhatIfPage(String title, int scenarioCount, List<ScenarioHead> scenarioHeads, List<Row> matrix,
        List<Legend> levelLegend, List<ScenarioView> scenarios) {

    /** A level in the matrix. {@code change} is {@code up}, {@code down} or empty, for the stylesheet. */
    record LevelCell(String text, String detail, String change, String fill, String ink) {}

    record ScenarioHead(String name, String anchor) {}

    record Row(String id, String name, LevelCell baseline, List<LevelCell> scenarios) {}

    record Legend(String text, String fill, String ink) {}

    record LevelChangeView(String id, String name, String from, String to, String arrow) {}

    record FactChangeView(String subject, String before, String after) {}

    record ItemChangeView(String verdict, String subject, String title, HtmlCitation rule) {}

    record RuleChangeView(String verdict, String subjects, HtmlCitation rule, List<FactChangeView> becauseOf) {

        public boolean hasBecauseOf() {
            return !becauseOf.isEmpty();
        }
    }

    record ScenarioView(String name, String anchor, String description, String rationale, List<String> applied,
            List<LevelChangeView> levelChanges, List<FactChangeView> factChanges,
            List<ItemChangeView> recommendations, List<ItemChangeView> actions, List<RuleChangeView> rules) {

        public boolean extendsOthers() {
            return applied.size() > 1;
        }

        public boolean hasLevelChanges() {
            return !levelChanges.isEmpty();
        }

        public boolean hasFactChanges() {
            return !factChanges.isEmpty();
        }

        public boolean hasRecommendations() {
            return !recommendations.isEmpty();
        }

        public boolean hasActions() {
            return !actions.isEmpty();
        }

        public boolean hasRules() {
            return !rules.isEmpty();
        }
    }

    static HtmlWhatIfPage of(Comparison comparison) {
        List<String> levels = comparison.levels();
        List<ScenarioHead> heads = new ArrayList<>();
        List<ScenarioView> scenarios = new ArrayList<>();
        for (int i = 0; i < comparison.scenarios().size(); i++) {
            Comparison.ScenarioDiff diff = comparison.scenarios().get(i);
            heads.add(new ScenarioHead(diff.name(), anchor(i)));
            scenarios.add(scenario(diff, anchor(i)));
        }
        List<Row> matrix = new ArrayList<>();
        for (Comparison.ElementRow row : comparison.matrix()) {
            LevelCell baseline = cell(row.baseline(), 0, levels, "baseline: " + row.baseline().orElse("no level"));
            List<LevelCell> cells = new ArrayList<>();
            for (int i = 0; i < row.scenarios().size(); i++) {
                Comparison.Cell c = row.scenarios().get(i);
                cells.add(cell(c.level(), c.direction(), levels, comparison.scenarios().get(i).name() + ": "
                        + row.baseline().orElse("no level") + " -> " + c.level().orElse("removed")));
            }
            matrix.add(new Row(row.elementId(), row.name(), baseline, cells));
        }
        List<Legend> legend = new ArrayList<>();
        for (int rank = 0; rank < levels.size(); rank++) {
            SequentialPalette.Swatch swatch = SequentialPalette.of(rank, levels.size());
            legend.add(new Legend(levels.get(rank), swatch.fill(), swatch.ink()));
        }
        return new HtmlWhatIfPage("What if: baseline and " + comparison.scenarios().size() + " scenario(s)",
                comparison.scenarios().size(), heads, matrix, legend, scenarios);
    }

    private static ScenarioView scenario(Comparison.ScenarioDiff diff, String anchor) {
        return new ScenarioView(diff.name(), anchor, diff.description(), diff.rationale(), diff.applied(),
                diff.levelChanges().stream().map(c -> new LevelChangeView(c.elementId(), c.name(),
                        c.from().orElse("absent"), c.to().orElse("removed"), arrow(c.direction()))).toList(),
                diff.factChanges().stream().map(HtmlWhatIfPage::fact).toList(),
                diff.recommendations().stream().map(HtmlWhatIfPage::item).toList(),
                diff.actions().stream().map(HtmlWhatIfPage::item).toList(),
                diff.rules().stream().map(r -> new RuleChangeView(r.firesInScenario() ? "now fires" : "no longer fires",
                        r.subjects(), HtmlCitation.of(r.rule(), r.location()),
                        r.becauseOf().stream().map(HtmlWhatIfPage::fact).toList())).toList());
    }

    private static FactChangeView fact(Comparison.FactChange f) {
        return new FactChangeView(f.subject(), f.before(), f.after());
    }

    private static ItemChangeView item(Comparison.ItemChange c) {
        return new ItemChangeView(c.appears() ? "appears" : "disappears", c.subject(), c.title(),
                HtmlCitation.of(c.ruleName(), c.ruleLocation()));
    }

    /** The level as a cell: {@code ↑ likely} for a rise, coloured by the level's rank as in the report. */
    private static LevelCell cell(Optional<String> level, int direction, List<String> levels, String detail) {
        SequentialPalette.Swatch swatch = level.filter(levels::contains)
                .map(l -> SequentialPalette.of(levels.indexOf(l), levels.size()))
                .orElse(SequentialPalette.unknown());
        String arrow = arrow(direction);
        return new LevelCell((arrow.isEmpty() ? "" : arrow + " ") + level.orElse("—"), detail,
                direction > 0 ? "up" : direction < 0 ? "down" : "", swatch.fill(), swatch.ink());
    }

    private static String arrow(int direction) {
        return direction > 0 ? "↑" : direction < 0 ? "↓" : "";
    }

    /** Scenario names are free text; the anchor is their position. */
    private static String anchor(int index) {
        return "scenario-" + (index + 1);
    }
}
