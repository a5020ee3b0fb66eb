package org.cyberarms.advisor.report;

import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.Pack;
import org.cyberarms.advisor.model.Provenance;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RuleRef;
import org.cyberarms.advisor.trace.RunStamp;

/**
 * Everything the justified feasibility report says, once, for every renderer: per element its level, why
 * (the rules that concluded it, with the facts they matched), recommendations and caveats; the summary;
 * the practical actions; where the data comes from; and what the run was computed from. Its title,
 * introduction and nouns are the knowledge pack's ({@link Pack}): nothing of a subject is fixed here.
 *
 * <p>Built only from what the rules concluded and the trace of their firings: nothing here decides a level
 * or restates a reason in Java. Lists are in a fixed order (elements as in the knowledge files, dimensions
 * as in the maturity model) so that the same inputs always give the same report.
 */
public record FeasibilityReport(
        String title,
        Summary summary,
        List<ElementSection> elements,
        List<ActionSection> actions,
        List<ProvenanceNote> provenance,
        RunStamp stamp,
        ModelScales scales,
        Pack pack) {

    public FeasibilityReport {
        elements = List.copyOf(elements);
        actions = List.copyOf(actions);
        provenance = List.copyOf(provenance);
    }

    /** The report without what it would take to raise each element (no search is run). */
    public static FeasibilityReport of(Knowledge knowledge, Outcome outcome, RunStamp stamp) {
        return of(knowledge, outcome, stamp, java.util.Map.of());
    }

    /**
     * @param whatItWouldTake by element id, from {@link WhatItWouldTakeSearch}; an element absent from it has
     *                        no {@code whatItWouldTake} in the report
     */
    public static FeasibilityReport of(Knowledge knowledge, Outcome outcome, RunStamp stamp,
            java.util.Map<String, WhatItWouldTake> whatItWouldTake) {
        return new ReportAssembler(knowledge, outcome, whatItWouldTake).assemble(stamp);
    }

    /** True when any knowledge file says its values are the project's reconstruction. */
    public boolean restsOnReconstruction() {
        return provenance.stream().anyMatch(p -> "reconstruction".equals(p.origin()));
    }

    /** True when any knowledge file says its values are illustrative: made up to show the method. */
    public boolean restsOnIllustration() {
        return provenance.stream().anyMatch(p -> "illustrative".equals(p.origin()));
    }

    /** A rule as the report cites it: name, where to find it, and why it says what it says. */
    public record RuleCitation(String name, String file, int line, Optional<String> rationale,
            Optional<String> source) {

        static RuleCitation of(RuleRef rule) {
            return new RuleCitation(rule.name(), rule.file(), rule.line(), rule.rationale(), rule.source());
        }

        /** {@code rules/maturity.drl:18} */
        public String location() {
            return file + ":" + line;
        }
    }

    /**
     * The maturity model's dimensions and scales, in the model's order, so that a renderer can lay out one
     * column per dimension, place a status on its scale by rank without naming any status itself, and
     * explain every step in a glossary in the model's own words.
     *
     * @param dimensions the model's dimensions, in the model's order
     * @param levels     the level scale, lowest first (index = rank)
     * @param statusSteps the status scale, lowest first (index = rank)
     * @param relianceSteps the reliance scale, lowest first (index = rank)
     */
    public record ModelScales(List<DimensionRef> dimensions, List<ScaleStep> levels, List<ScaleStep> statusSteps,
            List<ScaleStep> relianceSteps) {

        public ModelScales {
            dimensions = List.copyOf(dimensions);
            levels = List.copyOf(levels);
            statusSteps = List.copyOf(statusSteps);
            relianceSteps = List.copyOf(relianceSteps);
        }

        /** The status scale's names, lowest first (index = rank). */
        public List<String> statuses() {
            return statusSteps.stream().map(ScaleStep::name).toList();
        }
    }

    /** A step of one of the model's scales, with the meaning the knowledge files give it. */
    public record ScaleStep(String name, String meaning) {}

    public record DimensionRef(String id, String name) {}

    /**
     * How an element stands on one dimension, as the knowledge files give it (input facts, not conclusions).
     *
     * @param rounds       its status per scoring round, round 1 first; the last one decides
     * @param statusRank   the latest round's rank on the status scale (0 = lowest)
     * @param relianceRank the reliance's rank on the reliance scale (0 = lowest); -1 when not on the scale
     */
    public record DimensionStanding(String dimension, String name, String reliance, List<String> rounds,
            int statusRank, int relianceRank) {

        public DimensionStanding {
            rounds = List.copyOf(rounds);
        }

        /**
         * False when the element relies on the dimension at the lowest step of the model's reliance scale, which
         * the model defines as "works whatever the state of this dimension": its status does not matter here.
         */
        public boolean needed() {
            return relianceRank != 0;
        }

        /** The status in the latest round, the one that decides. */
        public String status() {
            return rounds.isEmpty() ? "" : rounds.get(rounds.size() - 1);
        }
    }

    /** A level of the maturity model, with the meaning the knowledge files give it. */
    public record LevelInfo(String name, int rank, String meaning) {}

    /** How many elements reached each level, every level of the model listed, highest first. */
    public record Summary(int elementCount, List<LevelCount> levels, List<String> elementsWithoutLevel) {

        public Summary {
            levels = List.copyOf(levels);
            elementsWithoutLevel = List.copyOf(elementsWithoutLevel);
        }
    }

    public record LevelCount(LevelInfo level, List<String> elementIds) {

        public LevelCount {
            elementIds = List.copyOf(elementIds);
        }

        public int count() {
            return elementIds.size();
        }
    }

    /**
     * One element: its level and the rule that concluded it, the dimensions that hold it there, and what
     * the rules recommend and caution about it.
     *
     * @param level      empty when no rule concluded a level (the element had no assessments)
     * @param levelRule  the rule that concluded the level
     * @param atTopLevel the element reached the model's highest level: nothing limits it
     * @param drawnFrom  what the element is drawn from (`drawn_from`), as the knowledge gives it; may be empty
     * @param standings  how it stands on each dimension of the model, in the model's order
     * @param whatItWouldTake the smallest changes to its next level and to the top; empty at the top, with
     *                   no level, or when the report was built without the search
     */
    public record ElementSection(
            String id,
            String name,
            String description,
            List<String> drawnFrom,
            Optional<LevelInfo> level,
            Optional<RuleCitation> levelRule,
            boolean atTopLevel,
            List<BlockingDimension> blockingDimensions,
            List<RecommendationItem> recommendations,
            List<CaveatItem> caveats,
            List<DimensionStanding> standings,
            Optional<WhatItWouldTake> whatItWouldTake) {

        public ElementSection {
            drawnFrom = List.copyOf(drawnFrom);
            standings = List.copyOf(standings);
            blockingDimensions = List.copyOf(blockingDimensions);
            recommendations = List.copyOf(recommendations);
            caveats = List.copyOf(caveats);
        }

        public List<String> blockingDimensionNames() {
            return blockingDimensions.stream().map(BlockingDimension::name).toList();
        }

        /** True when a rule named this dimension as one that holds the element at its level. */
        public boolean isHeldDownBy(String dimension) {
            return blockingDimensions.stream().anyMatch(b -> b.dimension().equals(dimension));
        }
    }

    /**
     * A dimension that holds an element at its level, with the facts the ceiling rule matched.
     *
     * @param dimension   the dimension's id ({@code verification})
     * @param name        its name ({@code Verification})
     * @param reliance    how much the element relies on it; empty when the ceiling rule matched no assessment
     * @param rounds      its status per scoring round, round 1 first; the last one decides
     * @param ceiling     the highest level the element can reach while the dimension stands as it does
     * @param ceilingRule the rule that set that ceiling
     */
    public record BlockingDimension(
            String dimension,
            String name,
            String reliance,
            List<String> rounds,
            String ceiling,
            Optional<RuleCitation> ceilingRule) {

        public BlockingDimension {
            rounds = List.copyOf(rounds);
        }

        /** The status in the latest round, the one that decides; empty when no rounds were matched. */
        public String status() {
            return rounds.isEmpty() ? "" : rounds.get(rounds.size() - 1);
        }

        /** {@code weak -> none -> none} */
        public String history() {
            return String.join(" -> ", rounds);
        }
    }

    /** @param toReach the level the recommendation is for (the element's next level); empty when the rule does not say */
    public record RecommendationItem(String title, String text, String dimension, String dimensionName,
            String toReach, RuleCitation rule) {

        /** {@code Verification; to reach possible}: what the recommendation is about and what it is for. */
        public String label() {
            return toReach.isEmpty() ? dimensionName : dimensionName + "; to reach " + toReach;
        }
    }

    /** @param dimension the dimension concerned; empty when the caveat is about the whole element */
    public record CaveatItem(String kind, String dimension, String dimensionName, String text,
            RuleCitation rule) {}

    public record ElementRef(String id, String name) {}

    /** A cross-cutting action for a dimension that blocks several elements. */
    public record ActionSection(String title, String text, String dimension, String dimensionName,
            List<ElementRef> elements, RuleCitation rule) {

        public ActionSection {
            elements = List.copyOf(elements);
        }
    }

    /** Where one knowledge file's values come from and who changed them. */
    public record ProvenanceNote(String subject, String origin, String basis, List<Provenance.Change> changes) {

        public ProvenanceNote {
            changes = List.copyOf(changes);
        }
    }
}
