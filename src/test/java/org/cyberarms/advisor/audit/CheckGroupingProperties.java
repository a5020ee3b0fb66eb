package org.cyberarms.advisor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * For random ceiling tables (a level or none for each reliance and status, some cells different for one
 * dimension, written one rule per cell or one rule per level, some with {@code salience} and plain
 * {@code insert}) under random downstream rule sets (order-independent, order-dependent, or with a level no
 * rule reaches), the grouped check finds exactly what the check of every combination finds. Gaps, conflicts,
 * unreached levels, dead rules and order dependence come up among such tables, and both ways of grouping:
 * by what the rules conclude (every rule insertLogical, no salience) and only where the same rules fire
 * (jqwik's statistics list the kinds found and the grouping in each run).
 */
class CheckGroupingProperties {

    private static final Path SCALE = Path.of("src/test/resources/check-scale");
    private static final Path CHECK = Path.of("src/test/resources/check");
    private static final List<String> RELIANCES = List.of("not-needed", "helpful", "critical");
    private static final List<String> STATUSES = List.of("none", "partial", "strong");
    /** The four levels rules may conclude, and -1 for no ceiling (a gap, unless another cell's rule covers it). */
    private static final List<String> LEVELS = List.of("unlikely", "possible", "likely", "feasible");
    private static final List<String> DIMENSIONS = List.of("political_endorsement", "attribution", "compliance", "verification");

    /** A ceiling table: level per cell (reliance × status), and the cells that differ for one dimension. */
    record Table(List<Integer> levels, String special, List<Integer> specialLevels, boolean rulePerLevel,
            boolean salienceAndInsert, String downstream) {}

    @Property(tries = 6, shrinking = ShrinkingMode.OFF)
    void theGroupedCheckFindsWhatEveryCombinationFinds(@ForAll("tables") Table table) throws Exception {
        Path rules = Files.createTempDirectory("check-grouping");
        try {
            try (Stream<Path> files = Files.list(CHECK.resolve(table.downstream()))) {
                for (Path file : files.toList()) {
                    if (!file.getFileName().toString().equals("constraints.drl")) {
                        Files.copy(file, rules.resolve(file.getFileName()));
                    }
                }
            }
            Files.writeString(rules.resolve("constraints.drl"), constraints(table));
            Knowledge knowledge = new KnowledgeLoader().load(SCALE.resolve("per-dimension-thresholds/knowledge"));

            CheckResult grouped = new RuleBaseCheck(97).check(rules, knowledge);
            CheckResult every = new RuleBaseCheck(97, true).check(rules, knowledge);

            assertThat(grouped.findings()).as(constraints(table)).containsExactlyElementsOf(every.findings());
            Statistics.label("findings").collect(grouped.findings().stream().map(CheckFinding::kind).distinct().sorted().toList());
            Statistics.label("grouped by").collect(grouped.byRulesBecause().isPresent() ? "rules fired" : "conclusions");
            assertThat(grouped.exhaustiveBecause()).isEmpty();
            assertThat(grouped.run()).isLessThanOrEqualTo(every.run());
        } finally {
            try (Stream<Path> files = Files.walk(rules)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<List<Integer>> cells = Arbitraries.integers().between(-1, 3).list().ofSize(RELIANCES.size() * STATUSES.size());
        return Combinators.combine(cells, Arbitraries.of(DIMENSIONS), cells, Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of("order-independent", "order-dependent", "planted-defects"))
                .as(Table::new);
    }

    /** The table as rules: one rule per cell, or per level (its cells joined with ||); the special dimension apart. */
    private static String constraints(Table table) {
        StringBuilder drl = new StringBuilder("package advisor\n\nimport org.cyberarms.advisor.model.Assessment\n"
                + "import org.cyberarms.advisor.model.Level\nimport org.cyberarms.advisor.model.Ceiling\n\n");
        int rule = 0;
        for (boolean special : new boolean[] {false, true}) {
            List<Integer> levels = special ? table.specialLevels() : table.levels();
            String dimension = (special ? "dimension == \"" : "dimension != \"") + table.special() + "\"";
            for (int level = 0; level < LEVELS.size(); level++) {
                List<String> cells = new ArrayList<>();
                for (int cell = 0; cell < levels.size(); cell++) {
                    if (levels.get(cell) == level) {
                        cells.add("reliance == \"" + RELIANCES.get(cell / STATUSES.size()) + "\" && status == \""
                                + STATUSES.get(cell % STATUSES.size()) + "\"");
                    }
                }
                List<String> conditions = table.rulePerLevel() && !cells.isEmpty()
                        ? List.of(String.join(" || ", cells.stream().map(c -> "(" + c + ")").toList()))
                        : cells;
                for (String condition : conditions) {
                    boolean plain = table.salienceAndInsert() && rule % 2 == 0;
                    drl.append("rule \"Ceiling ").append(++rule).append("\"\n    @rationale(\"Generated.\")\n")
                            .append(plain ? "    salience " + (10 - level) + "\n" : "")
                            .append("when\n    $a : Assessment( ").append(dimension).append(", ").append(condition)
                            .append(" )\n    $l : Level( name == \"").append(LEVELS.get(level)).append("\" )\nthen\n    ")
                            .append(plain ? "insert" : "insertLogical").append("( new Ceiling( $a, $l ) );\nend\n\n");
                }
            }
        }
        return drl.toString();
    }
}
