package org.cyberarms.advisor.report;

import org.cyberarms.advisor.document.SequentialPalette;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.model.Provenance;
import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.report.FeasibilityReport.ActionSection;
import org.cyberarms.advisor.report.FeasibilityReport.BlockingDimension;
import org.cyberarms.advisor.report.FeasibilityReport.CaveatItem;
import org.cyberarms.advisor.report.FeasibilityReport.DimensionRef;
import org.cyberarms.advisor.report.FeasibilityReport.DimensionStanding;
import org.cyberarms.advisor.report.FeasibilityReport.ElementSection;
import org.cyberarms.advisor.report.FeasibilityReport.LevelCount;
import org.cyberarms.advisor.report.FeasibilityReport.LevelInfo;
import org.cyberarms.advisor.report.FeasibilityReport.ProvenanceNote;
import org.cyberarms.advisor.report.FeasibilityReport.RecommendationItem;

/**
 * The {@link FeasibilityReport} arranged for {@code report.mustache}: logic-less templates need every
 * optional value as a list of zero or one, every colour and bar length ready to print. Nothing here decides
 * what the report says; colours and bar lengths follow from ranks on the model's scales.
 */
record HtmlReportPage(
        String title,
        boolean restsOnReconstruction,
        int elementCount,
        List<String> dimensionNames,
        List<HeatmapRow> heatmap,
        List<Legend> statusLegend,
        List<Legend> levelLegend,
        SvgBarChart levelChart,
        List<String> elementsWithoutLevel,
        List<ElementView> elements,
        List<ActionView> actions,
        List<ProvenanceView> provenance,
        String advisorVersion,
        String generatedAt,
        List<SourceFile> inputs) {

    /** A coloured cell; {@code note} is small print under the text (the reliance), empty for none. */
    record Cell(String text, String note, String detail, String fill, String ink) {}

    record HeatmapRow(String id, String anchor, String name, List<Cell> cells, Cell level) {}

    record Legend(String text, String fill, String ink) {}

    record LevelView(String name, String meaning, String fill, String ink) {}

    record BlockingView(String name, String status, String history, String rounds, String reliance,
            String ceiling, List<HtmlCitation> rule) {}

    record RecommendationView(String title, String text, String dimensionName, HtmlCitation rule) {}

    record CaveatView(String about, String text, HtmlCitation rule) {}

    record ElementView(String id, String anchor, String name, String description, List<LevelView> level,
            List<HtmlCitation> levelRule, List<String> topLevel, boolean noBlockerNamed,
            List<BlockingView> blocking, SvgBarChart chart, List<RecommendationView> recommendations,
            List<CaveatView> caveats) {

        public boolean hasBlocking() {
            return !blocking.isEmpty();
        }

        public boolean hasRecommendations() {
            return !recommendations.isEmpty();
        }

        public boolean hasCaveats() {
            return !caveats.isEmpty();
        }
    }

    record ActionView(String title, String text, String dimensionName, List<FeasibilityReport.ElementRef> elements,
            HtmlCitation rule) {}

    record ProvenanceView(String subject, String origin, String basis, List<Provenance.Change> changes) {

        public boolean hasChanges() {
            return !changes.isEmpty();
        }
    }

    public boolean hasElementsWithoutLevel() {
        return !elementsWithoutLevel.isEmpty();
    }

    public boolean hasActions() {
        return !actions.isEmpty();
    }

    static HtmlReportPage of(FeasibilityReport report) {
        int statusSteps = report.scales().statuses().size();
        int levelSteps = report.summary().levels().size();
        List<HeatmapRow> heatmap = new ArrayList<>();
        List<ElementView> elements = new ArrayList<>();
        for (ElementSection element : report.elements()) {
            Cell level = element.level()
                    .map(l -> cell(l.name(), l.meaning(), SequentialPalette.of(l.rank(), levelSteps)))
                    .orElse(cell("none concluded", "", SequentialPalette.unknown()));
            List<Cell> cells = new ArrayList<>();
            for (DimensionRef dimension : report.scales().dimensions()) {
                cells.add(standing(element, dimension.id())
                        .map(s -> new Cell(s.status(), s.reliance(), s.name() + ": " + String.join(" -> ", s.rounds())
                                + (s.reliance().isEmpty() ? "" : "; reliance " + s.reliance()),
                                SequentialPalette.of(s.statusRank(), statusSteps).fill(),
                                SequentialPalette.of(s.statusRank(), statusSteps).ink()))
                        .orElse(cell("-", "not assessed", SequentialPalette.unknown())));
            }
            heatmap.add(new HeatmapRow(element.id(), anchor(element.id()), element.name(), cells, level));
            elements.add(element(element, statusSteps, levelSteps, report.scales().statuses()));
        }
        List<Legend> statusLegend = new ArrayList<>();
        for (int rank = 0; rank < statusSteps; rank++) {
            statusLegend.add(legend(report.scales().statuses().get(rank), SequentialPalette.of(rank, statusSteps)));
        }
        List<Legend> levelLegend = new ArrayList<>();
        List<LevelCount> highestFirst = report.summary().levels();
        for (int i = highestFirst.size() - 1; i >= 0; i--) {
            LevelInfo level = highestFirst.get(i).level();
            levelLegend.add(legend(level.name(), SequentialPalette.of(level.rank(), levelSteps)));
        }
        return new HtmlReportPage(report.title(), report.restsOnReconstruction(), report.summary().elementCount(),
                report.scales().dimensions().stream().map(DimensionRef::name).toList(), heatmap, statusLegend,
                levelLegend, levelChart(report, levelSteps), report.summary().elementsWithoutLevel(), elements,
                report.actions().stream().map(HtmlReportPage::action).toList(),
                report.provenance().stream().map(HtmlReportPage::provenance).toList(),
                report.stamp().advisorVersion(), report.stamp().generatedAt().toString(), report.stamp().inputs());
    }

    private static SvgBarChart levelChart(FeasibilityReport report, int levelSteps) {
        int most = report.summary().levels().stream().mapToInt(LevelCount::count).max().orElse(0);
        List<SvgBarChart.Input> bars = report.summary().levels().stream()
                .map(c -> new SvgBarChart.Input(c.level().name(), String.valueOf(c.count()),
                        most == 0 ? 0 : c.count() / (double) most, SequentialPalette.of(c.level().rank(), levelSteps)))
                .toList();
        return SvgBarChart.of("Elements per level", 640, 120, 40, bars);
    }

    private static ElementView element(ElementSection element, int statusSteps, int levelSteps,
            List<String> statuses) {
        List<SvgBarChart.Input> bars = element.standings().stream()
                .map(s -> new SvgBarChart.Input(s.name(), s.status(), (s.statusRank() + 1) / (double) statusSteps,
                        SequentialPalette.of(s.statusRank(), statusSteps)))
                .toList();
        SvgBarChart chart = SvgBarChart.of("Dimension statuses of " + element.id() + " (latest round, scale "
                + String.join(" < ", statuses) + ")", 440, 170, 90, bars);
        List<LevelView> level = element.level().map(l -> levelView(l, levelSteps)).stream().toList();
        List<String> topLevel = element.atTopLevel() ? element.level().map(LevelInfo::name).stream().toList()
                : List.of();
        return new ElementView(element.id(), anchor(element.id()), element.name(), element.description(), level,
                element.levelRule().map(HtmlCitation::of).stream().toList(), topLevel,
                !element.atTopLevel() && element.blockingDimensions().isEmpty(),
                element.blockingDimensions().stream().map(HtmlReportPage::blocking).toList(), chart,
                element.recommendations().stream().map(HtmlReportPage::recommendation).toList(),
                element.caveats().stream().map(HtmlReportPage::caveat).toList());
    }

    private static LevelView levelView(LevelInfo level, int levelSteps) {
        SequentialPalette.Swatch swatch = SequentialPalette.of(level.rank(), levelSteps);
        return new LevelView(level.name(), level.meaning(), swatch.fill(), swatch.ink());
    }

    private static BlockingView blocking(BlockingDimension b) {
        return new BlockingView(b.name(), b.status(), b.history(), String.valueOf(b.rounds().size()), b.reliance(),
                b.ceiling(), b.ceilingRule().map(HtmlCitation::of).stream().toList());
    }

    private static RecommendationView recommendation(RecommendationItem r) {
        return new RecommendationView(r.title(), r.text(), r.label(), HtmlCitation.of(r.rule()));
    }

    private static CaveatView caveat(CaveatItem c) {
        return new CaveatView(c.dimensionName(), c.text(), HtmlCitation.of(c.rule()));
    }

    private static ActionView action(ActionSection a) {
        return new ActionView(a.title(), a.text(), a.dimensionName(), a.elements(), HtmlCitation.of(a.rule()));
    }

    private static ProvenanceView provenance(ProvenanceNote p) {
        return new ProvenanceView(p.subject(), p.origin(), p.basis(), p.changes());
    }

    private static Optional<DimensionStanding> standing(ElementSection element, String dimension) {
        return element.standings().stream().filter(s -> s.dimension().equals(dimension)).findFirst();
    }

    private static Cell cell(String text, String detail, SequentialPalette.Swatch swatch) {
        return new Cell(text, "", detail, swatch.fill(), swatch.ink());
    }

    private static Legend legend(String text, SequentialPalette.Swatch swatch) {
        return new Legend(text, swatch.fill(), swatch.ink());
    }

    /** An id attribute for an element's section; element ids are validated as E and digits. */
    private static String anchor(String elementId) {
        return "element-" + elementId;
    }
}
