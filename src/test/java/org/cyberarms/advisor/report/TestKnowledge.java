package org.cyberarms.advisor.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Dimension;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.MaturityModel;
import org.cyberarms.advisor.model.Provenance;
import org.cyberarms.advisor.model.Scale;
import org.cyberarms.advisor.model.Sha256;
import org.cyberarms.advisor.model.SourceFile;

/**
 * Stand-in for {@code org.cyberarms.advisor.knowledge.KnowledgeLoader.load(Path)} until that lands: a quick,
 * unvalidated read of the same YAML format. Swap it for the real loader at merge; keep it to this one method.
 */
final class TestKnowledge {

    private TestKnowledge() {}

    static Knowledge load(Path dir) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Path modelFile = dir.resolve("maturity-model.yaml");
        Path elementsFile = dir.resolve("elements.yaml");
        JsonNode mm = yaml.readTree(modelFile.toFile());
        JsonNode el = yaml.readTree(elementsFile.toFile());
        Function<JsonNode, Scale> scale = n -> {
            List<Scale.Step> steps = new ArrayList<>();
            n.forEach(x -> steps.add(new Scale.Step(x.get("name").asText(), x.get("meaning").asText())));
            return new Scale("", steps);
        };
        Function<JsonNode, Provenance> provenance = n -> {
            List<Provenance.Change> changes = new ArrayList<>();
            n.path("changes").forEach(c -> changes.add(
                    new Provenance.Change(c.get("by").asText(), c.get("date").asText(), c.get("what").asText())));
            return new Provenance(n.get("origin").asText(), n.path("basis").asText(""), changes);
        };
        Scale statuses = scale.apply(mm.get("statuses"));
        List<Dimension> dims = new ArrayList<>();
        mm.get("dimensions").forEach(d -> dims.add(
                new Dimension(d.get("id").asText(), d.get("name").asText(), d.get("meaning").asText())));
        MaturityModel model = new MaturityModel(scale.apply(mm.get("levels")), dims, statuses,
                scale.apply(mm.get("reliances")), provenance.apply(mm.get("provenance")));
        Provenance elementsProvenance = provenance.apply(el.get("provenance"));
        List<Element> elements = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        for (JsonNode e : el.get("elements")) {
            List<String> drawnFrom = new ArrayList<>();
            e.get("drawn_from").forEach(x -> drawnFrom.add(x.asText()));
            String id = e.get("id").asText();
            elements.add(new Element(id, e.get("name").asText(), e.get("description").asText(), drawnFrom,
                    elementsProvenance.origin()));
            for (Dimension d : dims) {
                JsonNode a = e.get("dimensions").get(d.id());
                List<String> rounds = new ArrayList<>();
                a.get("rounds").forEach(x -> rounds.add(x.asText()));
                List<List<String>> panel = new ArrayList<>();
                List<List<Integer>> panelRanks = new ArrayList<>();
                a.path("panel").forEach(round -> {
                    List<String> scores = new ArrayList<>();
                    round.forEach(x -> scores.add(x.asText()));
                    panel.add(scores);
                    panelRanks.add(scores.stream().map(x -> statuses.rankOf(x).orElseThrow()).toList());
                });
                assessments.add(new Assessment(id, d.id(), a.get("reliance").asText(), rounds,
                        rounds.stream().map(x -> statuses.rankOf(x).orElseThrow()).toList(), panel, panelRanks));
            }
        }
        List<SourceFile> files = List.of(new SourceFile(elementsFile.toString(), Sha256.of(elementsFile)),
                new SourceFile(modelFile.toString(), Sha256.of(modelFile)));
        return new Knowledge(model, elements, assessments, elementsProvenance, files);
    }
}
