package org.cyberarms.advisor.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.Scale;

/**
 * What every throughput benchmark runs on: the bundled knowledge and rules (read from the working
 * directory, the repository root), plus variants of the knowledge whose latest-round statuses are drawn at
 * random from the status scale (fixed seed), so that the benchmark does not measure one input only. Before
 * any measurement, the rules' levels and the plain-Java reference's levels are compared on every input:
 * a difference stops the benchmark.
 */
final class BenchInputs {

    static final int VARIANTS = 64;

    final RuleBase ruleBase;
    final List<Knowledge> inputs;
    final Map<String, Integer> elementIndex;
    final List<org.cyberarms.advisor.model.Level> levelFacts = new ArrayList<>();

    BenchInputs() throws Exception {
        Knowledge bundled = new KnowledgeLoader().load(Path.of("knowledge"));
        ruleBase = new RuleBaseCompiler().compile(Path.of("rules"));
        inputs = new ArrayList<>();
        inputs.add(bundled);
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 1; i < VARIANTS; i++) {
            inputs.add(variant(bundled, random));
        }
        elementIndex = PlainJavaReference.elementIndex(bundled);
        Scale levels = bundled.model().levels();
        for (int rank = 0; rank < levels.steps().size(); rank++) {
            levelFacts.add(new org.cyberarms.advisor.model.Level(levels.steps().get(rank).name(), rank,
                    levels.steps().get(rank).meaning()));
        }
        checkIdenticalLevels();
    }

    private static Knowledge variant(Knowledge knowledge, SplittableRandom random) {
        Scale statuses = knowledge.model().statuses();
        List<Assessment> changed = new ArrayList<>();
        for (Assessment a : knowledge.assessments()) {
            int rank = random.nextInt(statuses.steps().size());
            List<String> rounds = new ArrayList<>(a.rounds());
            List<Integer> ranks = new ArrayList<>(a.statusRanks());
            rounds.set(rounds.size() - 1, statuses.steps().get(rank).name());
            ranks.set(ranks.size() - 1, rank);
            changed.add(new Assessment(a.elementId(), a.dimension(), a.reliance(), rounds, ranks, a.panel(), a.panelRanks()));
        }
        return new Knowledge(knowledge.model(), knowledge.elements(), changed, knowledge.provenance(), knowledge.files());
    }

    private void checkIdenticalLevels() throws Exception {
        for (int i = 0; i < inputs.size(); i++) {
            Knowledge input = inputs.get(i);
            int[] expected = PlainJavaReference.levels(input, elementIndex);
            int[] actual = new int[expected.length];
            for (Object fact : ruleBase.conclude(input, RunLimits.DEFAULT)) {
                if (fact instanceof ElementLevel level) {
                    actual[elementIndex.get(level.elementId())] = level.rank();
                }
            }
            int[] fromFacts = new int[expected.length];
            for (Object fact : PlainJavaReference.conclusions(input, levelFacts)) {
                if (fact instanceof ElementLevel level) {
                    fromFacts[elementIndex.get(level.elementId())] = level.rank();
                }
            }
            if (!java.util.Arrays.equals(expected, actual) || !java.util.Arrays.equals(expected, fromFacts)) {
                throw new IllegalStateException("plain-Java reference and rules disagree on input " + i + ": "
                        + java.util.Arrays.toString(expected) + " vs " + java.util.Arrays.toString(actual));
            }
        }
    }
}
