package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cyberarms.advisor.document.Format;

import org.cyberarms.advisor.report.FeasibilityReport.ElementSection;
import org.cyberarms.advisor.report.FeasibilityReport.LevelCount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the report says about the bundled knowledge, whatever the layout. */
class FeasibilityReportTest {

    private static FeasibilityReport report;

    @BeforeAll
    static void runTheBundledRules() throws Exception {
        report = ReportFixtures.bundledReport();
    }

    @Test
    void everyUnlikelyElementShowsARecommendationWithItsRationale() {
        List<ElementSection> unlikely = report.elements().stream()
                .filter(e -> e.level().map(l -> l.name().equals("unlikely")).orElse(false))
                .toList();

        assertThat(unlikely).isNotEmpty().allSatisfy(element -> {
            assertThat(element.recommendations()).as(element.id()).isNotEmpty();
            assertThat(element.recommendations()).allSatisfy(r -> {
                assertThat(r.rule().rationale()).isPresent();
                assertThat(r.rule().source()).isPresent();
                assertThat(element.blockingDimensions()).anyMatch(b -> b.dimension().equals(r.dimension()));
            });
        });
        assertThat(ReportGoldenFilesTest.render(Format.TEXT, report))
                .contains("Replace intrusive inspection with transparency");
    }

    @Test
    void feasibleElementSaysNothingLimitsIt() {
        ElementSection e11 = element("E11");

        assertThat(e11.level()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("feasible"));
        assertThat(e11.atTopLevel()).isTrue();
        assertThat(e11.blockingDimensions()).isEmpty();
        assertThat(ReportGoldenFilesTest.render(Format.MARKDOWN, report))
                .contains("Nothing: feasible is the highest level of the model.");
    }

    @Test
    void statusThatMovedBetweenRoundsGetsACaveat() {
        ElementSection e04 = element("E04");

        assertThat(e04.caveats()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("moved");
            assertThat(c.dimensionName()).isEqualTo("Verification");
            assertThat(c.text()).contains("weak -> none -> none");
            assertThat(c.rule().rationale()).isPresent();
        });
    }

    @Test
    void contestedPanelAndReconstructedDataGetCaveats() {
        assertThat(element("E15").caveats()).extracting(FeasibilityReport.CaveatItem::kind)
                .contains("contested", "reconstructed");
        assertThat(element("E15").caveats().get(0).kind())
                .as("element-wide caveats come before per-dimension ones").isEqualTo("reconstructed");
    }

    @Test
    void levelCountsCoverEveryLevelHighestFirstAndSumToTheNumberOfElements() {
        List<LevelCount> counts = report.summary().levels();

        assertThat(counts).extracting(c -> c.level().name())
                .containsExactly("feasible", "likely", "possible", "unlikely");
        assertThat(counts.stream().mapToInt(LevelCount::count).sum())
                .isEqualTo(report.summary().elementCount())
                .isEqualTo(report.elements().size());
    }

    @Test
    void elementsComeInKnowledgeOrder() {
        assertThat(report.elements()).extracting(ElementSection::id)
                .containsExactly("E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08",
                        "E09", "E10", "E11", "E12", "E13", "E14", "E15", "E16");
    }

    @Test
    void blockingDimensionCarriesTheFactsTheCeilingRuleMatched() {
        var attribution = element("E03").blockingDimensions().get(0);

        assertThat(attribution.name()).isEqualTo("Attribution");
        assertThat(attribution.reliance()).isEqualTo("critical");
        assertThat(attribution.history()).isEqualTo("none -> none -> none");
        assertThat(attribution.ceiling()).isEqualTo("unlikely");
        assertThat(attribution.ceilingRule()).hasValueSatisfying(rule -> {
            assertThat(rule.name()).isEqualTo("Critical dimension absent: ceiling unlikely");
            assertThat(rule.location()).startsWith("rules/constraints.drl:");
            assertThat(rule.rationale()).isPresent();
        });
        assertThat(element("E03").levelRule()).hasValueSatisfying(
                rule -> assertThat(rule.name()).isEqualTo("Level is the lowest ceiling"));
    }

    @Test
    void practicalActionsNameTheirElementsAndRationale() {
        assertThat(report.actions()).isNotEmpty().allSatisfy(action -> {
            assertThat(action.elements()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(action.elements()).allSatisfy(e -> assertThat(e.name()).isNotBlank());
            assertThat(action.rule().rationale()).isPresent();
        });
    }

    @Test
    void provenanceAndStampAreCarriedIntoTheReport() {
        assertThat(report.restsOnReconstruction()).isTrue();
        assertThat(report.provenance()).extracting(FeasibilityReport.ProvenanceNote::origin)
                .containsOnly("reconstruction");
        assertThat(report.stamp().generatedAt()).isEqualTo(ReportFixtures.FIXED_INSTANT);
        assertThat(report.stamp().inputs()).extracting(f -> f.path())
                .isSorted()
                .contains("knowledge/elements.yaml", "rules/constraints.drl");
    }

    @Test
    void everyElementStandsOnEveryDimensionOfTheModelPlacedOnTheStatusScale() {
        assertThat(report.scales().statuses()).containsExactly("none", "weak", "partial", "substantial", "strong");
        List<String> dimensions = report.scales().dimensions().stream()
                .map(FeasibilityReport.DimensionRef::id).toList();

        assertThat(report.elements()).allSatisfy(element -> {
            assertThat(element.standings()).extracting(FeasibilityReport.DimensionStanding::dimension)
                    .as(element.id()).containsExactlyElementsOf(dimensions);
            assertThat(element.standings()).allSatisfy(s -> assertThat(report.scales().statuses()
                    .get(s.statusRank())).isEqualTo(s.status()));
        });
        assertThat(element("E03").standings()).filteredOn(s -> s.dimension().equals("attribution"))
                .singleElement().satisfies(s -> assertThat(s.rounds()).containsExactly("none", "none", "none"));
    }

    private static ElementSection element(String id) {
        return report.elements().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
