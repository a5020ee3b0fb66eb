package org.cyberarms.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.SourceFile;
import org.junit.jupiter.api.Test;

class BundledKnowledgeTest {

    private static final Path BUNDLED = Path.of("knowledge");

    @Test
    void bundledFolderLoadsSixteenElementsWithFourAssessmentsEach() throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(BUNDLED);

        assertThat(knowledge.elements()).hasSize(16);
        assertThat(knowledge.elements().get(0).id()).isEqualTo("E01");
        assertThat(knowledge.elements().get(15).id()).isEqualTo("E16");
        assertThat(knowledge.assessments()).hasSize(64);
        assertThat(knowledge.elements()).allSatisfy(e -> assertThat(knowledge.assessmentsOf(e.id()))
                .extracting(Assessment::dimension)
                .containsExactly("political_endorsement", "attribution", "compliance", "verification"));
    }

    @Test
    void bundledModelKeepsTheOrderOfItsScales() throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(BUNDLED);

        assertThat(knowledge.model().levels().names()).containsExactly("unlikely", "possible", "likely", "feasible");
        assertThat(knowledge.model().statuses().names())
                .containsExactly("none", "weak", "partial", "substantial", "strong");
        assertThat(knowledge.model().reliances().names()).containsExactly("not-needed", "helpful", "critical");
        assertThat(knowledge.model().levels().name()).isEqualTo("levels");
        assertThat(knowledge.model().provenance().origin()).isEqualTo("reconstruction");
        assertThat(knowledge.provenance().changes()).hasSize(1);
        assertThat(knowledge.provenance().changes().get(0).date()).isEqualTo("2026-11-26");
    }

    @Test
    void statusAndPanelRanksComeFromTheStatusScale() throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(BUNDLED);

        Assessment e09Verification = knowledge.assessmentsOf("E09").get(3);
        assertThat(e09Verification.dimension()).isEqualTo("verification");
        assertThat(e09Verification.reliance()).isEqualTo("critical");
        assertThat(e09Verification.rounds()).containsExactly("weak", "none", "none");
        assertThat(e09Verification.statusRanks()).containsExactly(1, 0, 0);
        assertThat(e09Verification.panelRanks()).containsExactly(
                java.util.List.of(1, 0, 1, 1, 0), java.util.List.of(0, 0, 1, 0, 0), java.util.List.of(0, 0, 0, 0, 1));

        Assessment e11Endorsement = knowledge.assessmentsOf("E11").get(0);
        assertThat(e11Endorsement.statusRanks()).containsExactly(3, 4, 4);
        assertThat(e11Endorsement.panel()).isEmpty();
        assertThat(e11Endorsement.panelRanks()).isEmpty();
    }

    @Test
    void elementsTakeTheirFileOriginUnlessTheyNameTheirOwn() throws Exception {
        Knowledge bundled = new KnowledgeLoader().load(BUNDLED);
        assertThat(bundled.elements()).allSatisfy(e -> assertThat(e.origin()).isEqualTo("reconstruction"));

        Knowledge overridden = new KnowledgeLoader().load(Path.of("src/test/resources/knowledge/element-origin"));
        assertThat(overridden.element("E01").orElseThrow().origin()).isEqualTo("source");
        assertThat(overridden.element("E02").orElseThrow().origin()).isEqualTo("reconstruction");
    }

    @Test
    void sourceFilesNameEachFileAsGivenWithTheSha256OfItsBytes() throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(BUNDLED);

        assertThat(knowledge.files()).containsExactly(
                new SourceFile("knowledge/maturity-model.yaml", sha256(BUNDLED.resolve("maturity-model.yaml"))),
                new SourceFile("knowledge/elements.yaml", sha256(BUNDLED.resolve("elements.yaml"))));
        assertThat(knowledge.files().get(0).sha256()).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void sourceFileHashesMatchTheFixtureFilesKnownDigests() throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(Path.of("src/test/resources/knowledge/valid"));

        // Digests from `sha256sum src/test/resources/knowledge/valid/*.yaml`; edit the fixture, update them.
        assertThat(knowledge.files()).containsExactly(
                new SourceFile("src/test/resources/knowledge/valid/maturity-model.yaml",
                        "1cf1a686914f87967d68e261bff0625c3d94b4e805716c4555e039bce7fd222d"),
                new SourceFile("src/test/resources/knowledge/valid/elements.yaml",
                        "331283ec9d3daa0c4abc8b0332624e95625d7a05a79fd0ca541b992beb1925aa"));
    }

    @Test
    void loadingLeavesTheInputFilesByteForByteUnchanged() throws Exception {
        byte[] modelBefore = Files.readAllBytes(BUNDLED.resolve("maturity-model.yaml"));
        byte[] elementsBefore = Files.readAllBytes(BUNDLED.resolve("elements.yaml"));
        long modifiedBefore = Files.getLastModifiedTime(BUNDLED.resolve("elements.yaml")).toMillis();

        new KnowledgeLoader().load(BUNDLED);

        assertThat(Files.readAllBytes(BUNDLED.resolve("maturity-model.yaml"))).isEqualTo(modelBefore);
        assertThat(Files.readAllBytes(BUNDLED.resolve("elements.yaml"))).isEqualTo(elementsBefore);
        assertThat(Files.getLastModifiedTime(BUNDLED.resolve("elements.yaml")).toMillis()).isEqualTo(modifiedBefore);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
