package org.cyberarms.advisor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.engine.RuleBuildException;
import org.cyberarms.advisor.engine.RuleProblem;
import org.cyberarms.advisor.engine.RuleRuntimeException;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Blocker;
import org.cyberarms.advisor.model.Caveat;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.MaturityModel;
import org.cyberarms.advisor.model.PracticalAction;
import org.cyberarms.advisor.model.Recommendation;
import org.cyberarms.advisor.trace.Conclusion;
import org.cyberarms.advisor.trace.Outcome;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated mistakes in the bundled rule files, of the kinds an analyst's edit makes: a value in a condition
 * misspelt, a salience or phase line deleted or changed, a comparison operator swapped, a line deleted.
 * Whatever the edit, the advisor must end in one of these, never in other conclusions with nothing said
 * (the silent wrong answer issue 9 forbids):
 * <ol>
 *   <li>a build error located in the files: every problem names a file and a line, and a misspelt value is
 *       pointed at by line and column;</li>
 *   <li>for a swapped operator or a deleted line: a run the firing limit stops, naming the edited rule (exit 5
 *       on the command line), as when a fallback rule's guard is inverted and it withdraws itself for ever;</li>
 *   <li>the original conclusions on the bundled knowledge (levels, blockers, recommendations, practical
 *       actions, caveats);</li>
 *   <li>a finding of {@code advisor check} on the edited rules;</li>
 *   <li>for a swapped operator or a deleted line only: a failing case of the analyst tests shipped with the
 *       rules ({@code rules/tests}, what {@code advisor test} runs). Such an edit can be what the analyst
 *       meant (a threshold moved), so only the analyst's own expectations can tell it from a mistake.</li>
 * </ol>
 * Two kinds are held to less: a misspelt value that was on a scale of the knowledge (a status, reliance,
 * level, dimension or element id) must be a located build error (issue 9, 1.1), and a salience or phase
 * edit must leave the conclusions as they were or be found by {@code check} (issue 9, 1.2): the analyst
 * tests do not excuse them.
 *
 * <p>Seeds are fixed, so CI reruns the same edits and a failure reproduces; operators are few enough to swap
 * each of them. The endings are tried from the
 * cheapest: a check costs seconds, so it runs only for edits that changed the conclusions and that no
 * analyst test caught. An edit generated twice is judged once.
 */
class RuleMutationProperties {

    /** A rule run on the bundled knowledge takes milliseconds; a mutation that makes it loop must not hang CI. */
    private static final RunLimits LIMITS = new RunLimits(100_000, Duration.ofSeconds(20));
    private static final Path ANALYST_TESTS = Fixtures.BUNDLED_RULES.resolve("tests");
    private static final Set<Ending> ANY_REPORTED_ENDING = EnumSet.of(Ending.LOCATED_ERROR,
            Ending.RUN_STOPPED_AT_THE_EDITED_RULE, Ending.ORIGINAL_CONCLUSIONS, Ending.CHECK_FINDING,
            Ending.ANALYST_TEST_FAILURE);

    private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern OPERATOR = Pattern.compile("==|!=|<=|>=|<|>");
    private static final Pattern PHASE_LINE =
            Pattern.compile("^\\s*(salience|agenda-group|ruleflow-group|activation-group|auto-focus)\\b.*");
    private static final Pattern RULE_LINE = Pattern.compile("^\\s*rule\\b.*");
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\".*");
    private static final Pattern WHEN_LINE = Pattern.compile("^\\s*when\\b.*");
    private static final Pattern THEN_LINE = Pattern.compile("^\\s*then\\b.*");

    /** The bundled rule files and the places in them an edit can hit, read once when the class loads. */
    private static final RuleFiles BUNDLED = RuleFiles.read(Fixtures.BUNDLED_RULES);

    private static Knowledge knowledge;
    private static Set<String> scaleValues;
    private static Conclusions original;
    private static Path scratch;
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final Map<String, Verdict> JUDGED = new ConcurrentHashMap<>();

    @BeforeContainer
    static void runTheBundledRules() throws Exception {
        knowledge = new KnowledgeLoader().load(Fixtures.BUNDLED_KNOWLEDGE);
        MaturityModel model = knowledge.model();
        scaleValues = new HashSet<>();
        scaleValues.addAll(model.statuses().names());
        scaleValues.addAll(model.reliances().names());
        scaleValues.addAll(model.levels().names());
        scaleValues.addAll(model.dimensionIds());
        knowledge.elements().forEach(e -> scaleValues.add(e.id()));
        original = Conclusions.of(Fixtures.bundledRuleBase().evaluate(knowledge, LIMITS));
        scratch = Files.createTempDirectory("advisor-rule-mutations");
    }

    @AfterContainer
    static void removeScratch() throws IOException {
        try (Stream<Path> files = Files.walk(scratch)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // --- the properties ----------------------------------------------------------------------------------

    @Property(tries = 40, seed = "20261201", shrinking = ShrinkingMode.OFF)
    void aMisspeltScaleValueIsABuildErrorAtTheValueAndAnyOtherMisspellingIsHarmlessOrFound(
            @ForAll("misspellings") Misspelling misspelling) {
        Edit edit = misspelling.applyTo(BUNDLED);
        boolean onAScale = scaleValues.contains(edit.literal().orElseThrow().value());
        assertAllowed(edit, onAScale ? EnumSet.of(Ending.LOCATED_ERROR)
                : EnumSet.of(Ending.LOCATED_ERROR, Ending.ORIGINAL_CONCLUSIONS, Ending.CHECK_FINDING));
    }

    @Property(tries = 30, seed = "20261202", shrinking = ShrinkingMode.OFF)
    void aDeletedOrChangedSalienceOrPhaseLineChangesNoConclusionOrIsFoundByCheck(
            @ForAll("phaseEdits") Edit.Maker phaseEdit) {
        assertAllowed(phaseEdit.applyTo(BUNDLED),
                EnumSet.of(Ending.LOCATED_ERROR, Ending.ORIGINAL_CONCLUSIONS, Ending.CHECK_FINDING));
    }

    /** Every operator of every condition, each swapped in turn: there are few enough to try them all. */
    @Property(tries = 1000, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void aSwappedComparisonOperatorIsReportedOrChangesNothing(@ForAll("operatorSwaps") OperatorSwap swap) {
        assertAllowed(swap.applyTo(BUNDLED), ANY_REPORTED_ENDING);
    }

    @Property(tries = 40, seed = "20261204", shrinking = ShrinkingMode.OFF)
    void aDeletedLineIsReportedOrChangesNothing(@ForAll("lineDeletions") LineDeletion deletion) {
        assertAllowed(deletion.applyTo(BUNDLED), ANY_REPORTED_ENDING);
    }

    private static void assertAllowed(Edit edit, Set<Ending> allowed) {
        Verdict verdict = JUDGED.computeIfAbsent(allowed + edit.key(), k -> judge(edit, allowed));
        assertThat(verdict.ending()).as("%s ended in %s (%s), where only %s may be", edit.description(),
                verdict.ending().words, verdict.detail(), allowed.stream().map(e -> e.words).toList()).isIn(allowed);
    }

    // --- the judgement -----------------------------------------------------------------------------------

    /** How an edited rule set can end: the first four are allowed (each only where the property says). */
    enum Ending {
        LOCATED_ERROR("a located build error"),
        RUN_STOPPED_AT_THE_EDITED_RULE("a run stopped by its limit, naming the edited rule"),
        ORIGINAL_CONCLUSIONS("the original conclusions"),
        CHECK_FINDING("a check finding"),
        ANALYST_TEST_FAILURE("a failing analyst test"),
        UNLOCATED_ERROR("a build error not placed where the mistake is"),
        RUN_FAILURE("rules that build but fail to run"),
        OTHER_CONCLUSIONS("rules that build and conclude otherwise"),
        SILENT_CHANGE("a silent change");

        final String words;

        Ending(String words) {
            this.words = words;
        }
    }

    record Verdict(Ending ending, String detail) {}

    /** Builds, runs and (only when needed) tests and checks the edited rules, cheapest first. */
    static Verdict judge(Edit edit, Set<Ending> allowed) {
        Path dir = BUNDLED.writeWith(edit, scratch.resolve("run-" + RUNS.incrementAndGet()));
        RuleBase rules;
        try {
            rules = new RuleBaseCompiler().compile(dir);
            rules.checkVocabulary(knowledge); // as every command does before it runs the rules
        } catch (RuleBuildException e) {
            return located(edit, e.problems());
        }
        Conclusions now;
        try {
            now = Conclusions.of(rules.evaluate(knowledge, LIMITS));
        } catch (RuleRuntimeException e) {
            // A rule that no longer comes to rest is stopped (exit 5) with its name: loud, and at the edit.
            boolean namesTheEditedRule = ruleAt(edit).map(name -> e.getMessage().contains("\"" + name + "\""))
                    .orElse(false);
            return new Verdict(namesTheEditedRule ? Ending.RUN_STOPPED_AT_THE_EDITED_RULE : Ending.RUN_FAILURE,
                    e.getMessage());
        }
        if (now.equals(original)) {
            return new Verdict(Ending.ORIGINAL_CONCLUSIONS, "");
        }
        String changed = original.difference(now);
        if (!allowed.contains(Ending.CHECK_FINDING)) {
            return new Verdict(Ending.OTHER_CONCLUSIONS, changed);
        }
        try {
            if (allowed.contains(Ending.ANALYST_TEST_FAILURE)) {
                Optional<AnalystTests.CaseResult> failed = new AnalystTests(rules, Fixtures.BUNDLED_KNOWLEDGE)
                        .run(ANALYST_TESTS).stream().filter(r -> !r.passed()).findFirst();
                if (failed.isPresent()) {
                    return new Verdict(Ending.ANALYST_TEST_FAILURE, failed.get().name() + ": "
                            + failed.get().differences().stream().map(AnalystTests.Difference::text).toList());
                }
            }
            CheckResult check = new RuleBaseCheck(RuleBaseCheck.DEFAULT_BATCH).check(dir, knowledge);
            return check.passed()
                    ? new Verdict(Ending.SILENT_CHANGE, changed + "; check finds nothing")
                    : new Verdict(Ending.CHECK_FINDING, check.findings().get(0).kind() + ": "
                            + check.findings().get(0).problem());
        } catch (AnalystTestFormatException | KnowledgeException | RuleBuildException | RuleRuntimeException e) {
            return new Verdict(Ending.RUN_FAILURE, changed + "; then the analyst tests or check failed: " + e.getMessage());
        }
    }

    /** The name of the rule the edit is in: the nearest {@code rule "..."} line at or above it. */
    private static Optional<String> ruleAt(Edit edit) {
        int file = BUNDLED.names().indexOf(edit.file());
        List<String> lines = BUNDLED.lines().get(file);
        for (int i = Math.min(edit.line(), lines.size()) - 1; i >= 0; i--) {
            Matcher name = RULE_NAME.matcher(lines.get(i));
            if (name.matches()) {
                return Optional.of(name.group(1));
            }
        }
        return Optional.empty();
    }

    /** A build error counts only when every problem is placed, and a misspelt value is pointed at exactly. */
    private static Verdict located(Edit edit, List<RuleProblem> problems) {
        List<String> described = problems.stream().map(RuleProblem::describe).toList();
        if (problems.isEmpty() || problems.stream().anyMatch(p -> p.file().isBlank() || p.line() <= 0)) {
            return new Verdict(Ending.UNLOCATED_ERROR, described.toString());
        }
        if (edit.literal().isPresent()) {
            Literal literal = edit.literal().get();
            boolean atTheValue = problems.stream().anyMatch(p -> p.file().endsWith(edit.file())
                    && p.line() == edit.line() && p.column() >= literal.fromColumn() && p.column() <= literal.toColumn());
            if (!atTheValue) {
                return new Verdict(Ending.UNLOCATED_ERROR, "expected line " + edit.line() + ", a column from "
                        + literal.fromColumn() + " to " + literal.toColumn() + "; got " + described);
            }
        }
        return new Verdict(Ending.LOCATED_ERROR, described.get(0));
    }

    /** What the analyst reads off a report: every level, blocker, recommendation, action and caveat. */
    record Conclusions(List<String> levels, List<String> blockers, List<String> recommendations,
            List<String> actions, List<String> caveats) {

        static Conclusions of(Outcome outcome) {
            return new Conclusions(facts(outcome, ElementLevel.class), facts(outcome, Blocker.class),
                    facts(outcome, Recommendation.class), facts(outcome, PracticalAction.class),
                    facts(outcome, Caveat.class));
        }

        private static List<String> facts(Outcome outcome, Class<?> kind) {
            return outcome.all(kind).stream().map(Conclusion::fact).map(Object::toString).sorted().toList();
        }

        String difference(Conclusions now) {
            List<String> parts = new ArrayList<>();
            compare("levels", levels, now.levels, parts);
            compare("blockers", blockers, now.blockers, parts);
            compare("recommendations", recommendations, now.recommendations, parts);
            compare("actions", actions, now.actions, parts);
            compare("caveats", caveats, now.caveats, parts);
            return String.join("; ", parts);
        }

        private static void compare(String what, List<String> before, List<String> after, List<String> parts) {
            List<String> lost = new ArrayList<>(before);
            after.forEach(lost::remove);
            List<String> gained = new ArrayList<>(after);
            before.forEach(gained::remove);
            if (!lost.isEmpty() || !gained.isEmpty()) {
                parts.add(what + ": lost " + brief(lost) + ", gained " + brief(gained));
            }
        }

        /** The first facts of a list, each cut short: enough to see what moved. */
        private static String brief(List<String> facts) {
            return facts.stream().limit(4).map(f -> f.length() > 90 ? f.substring(0, 90) + "...]" : f).toList()
                    + (facts.size() > 4 ? " and " + (facts.size() - 4) + " more" : "");
        }
    }

    // --- the rule files and the places an edit can hit ---------------------------------------------------

    /** A place in the rule files: file index and 0-based line index; {@code start}/{@code end} span a token. */
    record Site(int file, int line, int start, int end) {}

    record RuleFiles(List<String> names, List<List<String>> lines, List<Site> literals, List<Site> operators,
            List<Site> phaseLines, List<Site> rules, List<Site> allLines) {

        static RuleFiles read(Path dir) {
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> drl = files.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
                List<String> names = new ArrayList<>();
                List<List<String>> lines = new ArrayList<>();
                for (Path p : drl) {
                    names.add(p.getFileName().toString());
                    lines.add(List.copyOf(Files.readAllLines(p)));
                }
                return index(names, lines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static RuleFiles index(List<String> names, List<List<String>> lines) {
            List<Site> literals = new ArrayList<>();
            List<Site> operators = new ArrayList<>();
            List<Site> phaseLines = new ArrayList<>();
            List<Site> rules = new ArrayList<>();
            List<Site> allLines = new ArrayList<>();
            for (int f = 0; f < lines.size(); f++) {
                boolean inCondition = false;
                for (int i = 0; i < lines.get(f).size(); i++) {
                    String line = lines.get(f).get(i);
                    allLines.add(new Site(f, i, 0, line.length()));
                    if (RULE_LINE.matcher(line).matches()) {
                        rules.add(new Site(f, i, 0, line.length()));
                    }
                    if (PHASE_LINE.matcher(line).matches()) {
                        phaseLines.add(new Site(f, i, 0, line.length()));
                    }
                    if (WHEN_LINE.matcher(line).matches()) {
                        inCondition = true;
                        continue;
                    }
                    if (THEN_LINE.matcher(line).matches()) {
                        inCondition = false;
                    }
                    if (!inCondition || line.strip().startsWith("//")) {
                        continue;
                    }
                    Matcher literal = LITERAL.matcher(line);
                    while (literal.find()) {
                        if (literal.group(1).length() >= 2) {
                            literals.add(new Site(f, i, literal.start(), literal.end()));
                        }
                    }
                    // Operators outside string literals only: blank the literals out first.
                    Matcher operator = OPERATOR.matcher(LITERAL.matcher(line).replaceAll(m -> "_".repeat(m.group().length())));
                    while (operator.find()) {
                        operators.add(new Site(f, i, operator.start(), operator.end()));
                    }
                }
            }
            return new RuleFiles(names, lines, literals, operators, phaseLines, rules, allLines);
        }

        /** Writes the rule files, one of them as the edit made it, into a new folder. */
        Path writeWith(Edit edit, Path dir) {
            try {
                Files.createDirectories(dir);
                for (int f = 0; f < names.size(); f++) {
                    List<String> text = edit.files().getOrDefault(names.get(f), lines.get(f));
                    Files.writeString(dir.resolve(names.get(f)), String.join("\n", text) + "\n");
                }
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<String> copyOf(int file) {
            return new ArrayList<>(lines.get(file));
        }

        /** The lines of a rule, from its {@code rule} line to its {@code end} line (0-based, inclusive). */
        int endOfRule(int file, int ruleLine) {
            List<String> text = lines.get(file);
            for (int i = ruleLine + 1; i < text.size(); i++) {
                if (text.get(i).strip().equals("end")) {
                    return i;
                }
            }
            return text.size() - 1;
        }
    }

    /**
     * Edited rule files (name to lines after the edit), the file and 1-based line the edit is on, and the
     * misspelt value when that is the edit.
     */
    record Edit(Map<String, List<String>> files, String file, int line, Optional<Literal> literal, String description) {

        static Edit of(String file, List<String> lines, int line, String description) {
            return new Edit(Map.of(file, lines), file, line, Optional.empty(), description);
        }

        /** An edit to be made on the rule files. */
        interface Maker {
            Edit applyTo(RuleFiles rules);
        }

        /** The edited text: two edits that make the same files are judged once. */
        String key() {
            return new TreeMap<>(files).toString();
        }
    }

    /** A misspelt value: what it was, and the 1-based columns from its opening to its closing quote now. */
    record Literal(String value, int fromColumn, int toColumn) {}

    enum Typo { DROP_A_LETTER, SWAP_TWO_LETTERS, DOUBLE_A_LETTER }

    /** A value in a condition misspelt: the literal at {@code site} (taken modulo their number), letter {@code at}. */
    record Misspelling(int site, Typo typo, int at) implements Edit.Maker {
        public Edit applyTo(RuleFiles rules) {
            Site s = rules.literals().get(Math.floorMod(site, rules.literals().size()));
            List<String> lines = rules.copyOf(s.file());
            String line = lines.get(s.line());
            String value = line.substring(s.start() + 1, s.end() - 1);
            String typed = misspell(value);
            lines.set(s.line(), line.substring(0, s.start() + 1) + typed + line.substring(s.end() - 1));
            String name = rules.names().get(s.file());
            return new Edit(Map.of(name, lines), name, s.line() + 1,
                    Optional.of(new Literal(value, s.start() + 1, s.start() + typed.length() + 2)),
                    name + ":" + (s.line() + 1) + ": \"" + value + "\" misspelt \"" + typed + "\"");
        }

        private String misspell(String value) {
            int i = Math.floorMod(at, value.length());
            return switch (typo) {
                case DROP_A_LETTER -> value.substring(0, i) + value.substring(i + 1);
                case DOUBLE_A_LETTER -> value.substring(0, i + 1) + value.substring(i);
                case SWAP_TWO_LETTERS -> {
                    // The first pair from i on whose letters differ, so that the swap changes the value.
                    for (int k = 0; k < value.length() - 1; k++) {
                        int j = (i + k) % (value.length() - 1);
                        if (value.charAt(j) != value.charAt(j + 1)) {
                            yield value.substring(0, j) + value.charAt(j + 1) + value.charAt(j) + value.substring(j + 2);
                        }
                    }
                    yield value.substring(1);
                }
            };
        }
    }

    /** A salience or phase line deleted (the one at {@code site}, taken modulo their number). */
    record PhaseLineDeletion(int site) implements Edit.Maker {
        public Edit applyTo(RuleFiles rules) {
            if (rules.phaseLines().isEmpty()) {
                return new EveryPhaseLineDeleted().applyTo(rules); // none to delete: the rules as they are
            }
            Site s = rules.phaseLines().get(Math.floorMod(site, rules.phaseLines().size()));
            List<String> lines = rules.copyOf(s.file());
            String deleted = lines.remove(s.line());
            String name = rules.names().get(s.file());
            return Edit.of(name, lines, s.line() + 1, name + ":" + (s.line() + 1) + ": deleted '" + deleted.strip() + "'");
        }
    }

    /** Every salience and phase line deleted from every rule file. */
    record EveryPhaseLineDeleted() implements Edit.Maker {
        public Edit applyTo(RuleFiles rules) {
            Map<String, List<String>> files = new TreeMap<>();
            int deleted = 0;
            for (int f = 0; f < rules.names().size(); f++) {
                List<String> lines = rules.copyOf(f);
                int before = lines.size();
                lines.removeIf(l -> PHASE_LINE.matcher(l).matches());
                deleted += before - lines.size();
                files.put(rules.names().get(f), lines);
            }
            return new Edit(files, rules.names().get(0), 1, Optional.empty(),
                    "all " + deleted + " salience and phase lines deleted from every rule file");
        }
    }

    /** A rule given a salience (its own changed, or one added before its {@code when}). */
    record SalienceSet(int rule, int salience) implements Edit.Maker {
        public Edit applyTo(RuleFiles rules) {
            Site r = rules.rules().get(Math.floorMod(rule, rules.rules().size()));
            List<String> lines = rules.copyOf(r.file());
            int end = rules.endOfRule(r.file(), r.line());
            int at = -1;
            for (int i = r.line(); i <= end; i++) {
                if (lines.get(i).strip().startsWith("salience")) {
                    lines.set(i, "    salience " + salience);
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                for (int i = r.line(); i <= end; i++) {
                    if (WHEN_LINE.matcher(lines.get(i)).matches()) {
                        lines.add(i, "    salience " + salience);
                        at = i;
                        break;
                    }
                }
            }
            String name = rules.names().get(r.file());
            return Edit.of(name, lines, at + 1,
                    name + ":" + (at + 1) + ": " + rules.lines().get(r.file()).get(r.line()).strip() + " given salience " + salience);
        }
    }

    /** A comparison operator in a condition swapped: == and !=, < and <=, > and >=. */
    record OperatorSwap(int site) implements Edit.Maker {
        public Edit applyTo(RuleFiles rules) {
            Site s = rules.operators().get(Math.floorMod(site, rules.operators().size()));
            List<String> lines = rules.copyOf(s.file());
            String line = lines.get(s.line());
            String operator = line.substring(s.start(), s.end());
            String swapped = switch (operator) {
                case "==" -> "!=";
                case "!=" -> "==";
                case "<" -> "<=";
                case "<=" -> "<";
                case ">" -> ">=";
                default -> ">"; // ">="
            };
            lines.set(s.line(), line.substring(0, s.start()) + swapped + line.substring(s.end()));
            String name = rules.names().get(s.file());
            return Edit.of(name, lines, s.line() + 1,
                    name + ":" + (s.line() + 1) + ": '" + operator + "' swapped for '" + swapped + "' in '" + line.strip() + "'");
        }
    }

    /** Any line of any rule file deleted (the one at {@code site}, taken modulo the number of lines). */
    record LineDeletion(int site) implements Edit.Maker {
        public Edit applyTo(RuleFiles rules) {
            Site s = rules.allLines().get(Math.floorMod(site, rules.allLines().size()));
            List<String> lines = rules.copyOf(s.file());
            String deleted = lines.remove(s.line());
            String name = rules.names().get(s.file());
            return Edit.of(name, lines, s.line() + 1, name + ":" + (s.line() + 1) + ": deleted '" + deleted.strip() + "'");
        }
    }

    // --- generators --------------------------------------------------------------------------------------

    private static Arbitrary<Integer> index() {
        return Arbitraries.integers().between(0, 100_000);
    }

    @Provide
    Arbitrary<Misspelling> misspellings() {
        return Combinators.combine(index(), Arbitraries.of(Typo.class), Arbitraries.integers().between(0, 40))
                .as(Misspelling::new);
    }

    @Provide
    Arbitrary<Edit.Maker> phaseEdits() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, index().map(PhaseLineDeletion::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new EveryPhaseLineDeleted())),
                net.jqwik.api.Tuple.of(3, Combinators.combine(index(), Arbitraries.integers().between(-200, 200))
                        .as(SalienceSet::new)));
    }

    @Provide
    Arbitrary<OperatorSwap> operatorSwaps() {
        return Arbitraries.integers().between(0, BUNDLED.operators().size() - 1).map(OperatorSwap::new);
    }

    @Provide
    Arbitrary<LineDeletion> lineDeletions() {
        return index().map(LineDeletion::new);
    }
}
