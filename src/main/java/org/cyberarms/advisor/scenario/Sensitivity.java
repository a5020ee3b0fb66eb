package org.cyberarms.advisor.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.Scale;
import org.cyberarms.advisor.trace.Outcome;

/**
 * One dimension at a time over its whole status scale, for every element: the level the rules conclude at
 * each step (all variants in one run of the rules, see {@link VariantBatch}), the binding constraint (the
 * rules' own blockers in the baseline) and the tipping points (one status step that changes the level).
 */
public final class Sensitivity {

    private Sensitivity() {}

    public static <X extends Exception> SensitivityResult analyse(Knowledge baseline, Evaluator<X> rules) throws X {
        Scale statuses = baseline.model().statuses();
        Scale levels = baseline.model().levels();
        Outcome base = rules.evaluate(baseline);
        VariantBatch batch = new VariantBatch(baseline);
        Map<String, String> ids = new LinkedHashMap<>();
        for (Assessment a : baseline.assessments()) {
            for (String status : statuses.names()) {
                ids.put(a.elementId() + "|" + a.dimension() + "|" + status, batch.add(a.elementId(), List.of(
                        ScenarioChange.SetDimension.status("sensitivity", ScenarioChange.Selection.of(a.elementId()),
                                a.dimension(), status))));
            }
        }
        Map<String, Optional<String>> reached = batch.levels(rules);
        List<SensitivityResult.ElementSensitivity> elements = new ArrayList<>();
        for (Element element : baseline.elements()) {
            String level = base.levelOf(element.id()).map(c -> c.fact().level()).orElse("(no level)");
            List<SensitivityResult.DimensionRow> rows = new ArrayList<>();
            List<SensitivityResult.TippingPoint> tipping = new ArrayList<>();
            for (Assessment a : baseline.assessmentsOf(element.id())) {
                List<String> atEachStatus = statuses.names().stream()
                        .map(s -> reached.get(ids.get(a.elementId() + "|" + a.dimension() + "|" + s))
                                .orElse("(no level)"))
                        .toList();
                rows.add(new SensitivityResult.DimensionRow(a.dimension(), a.reliance(), a.status(), atEachStatus));
                for (int neighbour : new int[] {a.statusRank() - 1, a.statusRank() + 1}) {
                    if (neighbour < 0 || neighbour >= atEachStatus.size()) {
                        continue;
                    }
                    String then = atEachStatus.get(neighbour);
                    if (!then.equals(level)) {
                        tipping.add(new SensitivityResult.TippingPoint(a.dimension(), a.status(),
                                statuses.steps().get(neighbour).name(), level, then,
                                Integer.signum(levels.rankOf(then).orElse(-1) - levels.rankOf(level).orElse(-1))));
                    }
                }
            }
            List<String> binding = base.blockersOf(element.id()).stream().map(c -> c.fact().dimension()).toList();
            elements.add(new SensitivityResult.ElementSensitivity(element.id(), element.name(), level, rows, binding,
                    tipping));
        }
        return new SensitivityResult(statuses.names(), elements);
    }
}
