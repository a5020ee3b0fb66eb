package org.cyberarms.advisor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Blocker;
import org.cyberarms.advisor.model.Caveat;
import org.cyberarms.advisor.model.Ceiling;
import org.cyberarms.advisor.model.Dimension;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.ElementLevel;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.Pack;
import org.cyberarms.advisor.model.PracticalAction;
import org.cyberarms.advisor.model.Provenance;
import org.cyberarms.advisor.model.Recommendation;
import org.cyberarms.advisor.model.Scale;
import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.report.FeasibilityReport.ActionSection;
import org.cyberarms.advisor.report.FeasibilityReport.BlockingDimension;
import org.cyberarms.advisor.report.FeasibilityReport.CaveatItem;
import org.cyberarms.advisor.report.FeasibilityReport.DimensionRef;
import org.cyberarms.advisor.report.FeasibilityReport.DimensionStanding;
import org.cyberarms.advisor.report.FeasibilityReport.ElementRef;
import org.cyberarms.advisor.report.FeasibilityReport.ElementSection;
import org.cyberarms.advisor.report.FeasibilityReport.LevelCount;
import org.cyberarms.advisor.report.FeasibilityReport.LevelInfo;
import org.cyberarms.advisor.report.FeasibilityReport.ModelScales;
import org.cyberarms.advisor.report.FeasibilityReport.ProvenanceNote;
import org.cyberarms.advisor.report.FeasibilityReport.RecommendationItem;
import org.cyberarms.advisor.report.FeasibilityReport.RuleCitation;
import org.cyberarms.advisor.report.FeasibilityReport.ScaleStep;
import org.cyberarms.advisor.report.FeasibilityReport.Summary;
import org.cyberarms.advisor.trace.Conclusion;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RunStamp;

/**
 * Reads an outcome into a {@link FeasibilityReport}. It copies what the rules concluded and follows each
 * conclusion's firing to the facts behind it; it never compares statuses or levels itself.
 */
final class ReportAssembler {

    private final Knowledge knowledge;
    private final Outcome outcome;
    private final java.util.Map<String, WhatItWouldTake> whatItWouldTake;

    ReportAssembler(Knowledge knowledge, Outcome outcome, java.util.Map<String, WhatItWouldTake> whatItWouldTake) {
        this.knowledge = knowledge;
        this.outcome = outcome;
        this.whatItWouldTake = java.util.Map.copyOf(whatItWouldTake);
    }

    FeasibilityReport assemble(RunStamp stamp) {
        List<ElementSection> elements = knowledge.elements().stream().map(this::section).toList();
        return new FeasibilityReport(knowledge.model().pack().title(), summary(elements), elements, actions(), provenance(),
                new RunStamp(stamp.advisorVersion(), stamp.generatedAt(), stamp.inputs().stream()
                        .sorted(Comparator.comparing(SourceFile::path)).toList()),
                scales(), knowledge.model().pack());
    }

    private ModelScales scales() {
        return new ModelScales(knowledge.model().dimensions().stream()
                        .map(d -> new DimensionRef(d.id(), d.name())).toList(),
                steps(knowledge.model().levels()), steps(knowledge.model().statuses()),
                steps(knowledge.model().reliances()));
    }

    private static List<ScaleStep> steps(Scale scale) {
        return scale.steps().stream().map(s -> new ScaleStep(s.name(), s.meaning())).toList();
    }

    /** The element's assessments as read, ordered as the model lists the dimensions. */
    private List<DimensionStanding> standings(Element element) {
        return knowledge.assessmentsOf(element.id()).stream()
                .sorted(Comparator.comparingInt(a -> dimensionOrder(a.dimension())))
                .map(a -> new DimensionStanding(a.dimension(), dimensionName(a.dimension()), a.reliance(),
                        a.rounds(), a.statusRank(), knowledge.model().reliances().rankOf(a.reliance()).orElse(-1)))
                .toList();
    }

    private ElementSection section(Element element) {
        Optional<Conclusion<ElementLevel>> level = outcome.levelOf(element.id());
        Optional<LevelInfo> levelInfo = level.map(c -> levelInfo(c.fact().level()));
        boolean atTop = levelInfo.map(l -> l.name().equals(knowledge.model().levels().highest())).orElse(false);
        List<BlockingDimension> blockers = outcome.blockersOf(element.id()).stream()
                .map(this::blockingDimension)
                .sorted(Comparator.comparingInt(b -> dimensionOrder(b.dimension())))
                .toList();
        List<RecommendationItem> recommendations = outcome.recommendationsFor(element.id()).stream()
                .sorted(Comparator.comparingInt((Conclusion<Recommendation> c) -> dimensionOrder(c.fact().dimension()))
                        .thenComparing(c -> c.fact().title()))
                .map(c -> new RecommendationItem(c.fact().title(), c.fact().text(), c.fact().dimension(),
                        dimensionName(c.fact().dimension()), c.fact().toReach(), RuleCitation.of(c.firedBy().rule())))
                .toList();
        List<CaveatItem> caveats = outcome.caveatsOf(element.id()).stream()
                .sorted(Comparator.comparingInt((Conclusion<Caveat> c) -> c.fact().dimension().isEmpty()
                                ? -1 : dimensionOrder(c.fact().dimension()))
                        .thenComparing(c -> c.fact().kind())
                        .thenComparing(c -> c.fact().text()))
                .map(c -> new CaveatItem(c.fact().kind(), c.fact().dimension(),
                        c.fact().dimension().isEmpty() ? "" : dimensionName(c.fact().dimension()),
                        c.fact().text(), RuleCitation.of(c.firedBy().rule())))
                .toList();
        return new ElementSection(element.id(), element.name(), element.description(), element.drawnFrom(), levelInfo,
                level.map(c -> RuleCitation.of(c.firedBy().rule())), atTop, blockers, recommendations, caveats,
                standings(element), Optional.ofNullable(whatItWouldTake.get(element.id())));
    }

    /** The blocker, with the ceiling it rests on and the assessment the ceiling rule matched. */
    private BlockingDimension blockingDimension(Conclusion<Blocker> blocker) {
        Derivation derivation = Derivation.of(blocker.fact(), outcome);
        Optional<Derivation> ceiling = derivation.premise(Ceiling.class);
        Optional<Assessment> assessment = ceiling.flatMap(c -> c.premiseFact(Assessment.class));
        String dimension = blocker.fact().dimension();
        return new BlockingDimension(dimension, dimensionName(dimension),
                assessment.map(Assessment::reliance).orElse(""),
                assessment.map(Assessment::rounds).orElse(List.of()),
                ceiling.map(c -> ((Ceiling) c.fact()).level()).orElse(blocker.fact().level()),
                ceiling.flatMap(Derivation::rule).map(RuleCitation::of));
    }

    private Summary summary(List<ElementSection> elements) {
        Scale levels = knowledge.model().levels();
        List<LevelCount> counts = new ArrayList<>();
        for (int rank = levels.steps().size() - 1; rank >= 0; rank--) {
            String name = levels.steps().get(rank).name();
            counts.add(new LevelCount(levelInfo(name), elements.stream()
                    .filter(e -> e.level().map(l -> l.name().equals(name)).orElse(false))
                    .map(ElementSection::id)
                    .toList()));
        }
        List<String> withoutLevel = elements.stream().filter(e -> e.level().isEmpty()).map(ElementSection::id).toList();
        return new Summary(elements.size(), counts, withoutLevel);
    }

    private List<ActionSection> actions() {
        return outcome.practicalActions().stream()
                .map(c -> {
                    PracticalAction action = c.fact();
                    List<ElementRef> named = action.elementIds().stream()
                            .map(id -> new ElementRef(id, knowledge.element(id).map(Element::name).orElse("")))
                            .toList();
                    return new ActionSection(action.title(), action.text(), action.dimension(),
                            dimensionName(action.dimension()), named, RuleCitation.of(c.firedBy().rule()));
                })
                .toList();
    }

    /** Where each file's data comes from, each file named by what it holds, in the pack's nouns. */
    private List<ProvenanceNote> provenance() {
        Pack.Words words = knowledge.model().pack().words();
        return List.of(note("Maturity model (levels, " + words.dimensions() + ", scales)",
                        knowledge.model().provenance()),
                note(ReportDocument.capitalised(words.elements()) + " and their scores", knowledge.provenance()));
    }

    private static ProvenanceNote note(String subject, Provenance provenance) {
        return new ProvenanceNote(subject, provenance.origin(), provenance.basis(), provenance.changes());
    }

    private LevelInfo levelInfo(String name) {
        Scale levels = knowledge.model().levels();
        int rank = levels.rankOf(name).orElse(-1);
        String meaning = rank < 0 ? "" : levels.steps().get(rank).meaning();
        return new LevelInfo(name, rank, meaning);
    }

    private String dimensionName(String id) {
        return knowledge.model().dimension(id).map(Dimension::name).orElse(id);
    }

    /** Position in the maturity model; dimensions it does not know go last. */
    private int dimensionOrder(String id) {
        int at = knowledge.model().dimensionIds().indexOf(id);
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
