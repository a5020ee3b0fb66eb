package org.cyberarms.advisor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the one-way flow true after us: knowledge -> facts -> rules -> outcome and trace -> report, with
 * only the engine touching Drools.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cyberarms.advisor");
    }

    @Test
    void onlyTheEnginePackageImportsDrools() {
        noClasses().that().resideOutsideOfPackage("org.cyberarms.advisor.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void lowerLayersNeverImportHigherOnes() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.cyberarms.advisor.model..")
                .layer("files").definedBy("org.cyberarms.advisor.files..")
                .layer("document").definedBy("org.cyberarms.advisor.document..")
                .layer("knowledge").definedBy("org.cyberarms.advisor.knowledge..")
                .layer("trace").definedBy("org.cyberarms.advisor.trace..")
                .layer("engine").definedBy("org.cyberarms.advisor.engine..")
                .layer("scenario").definedBy("org.cyberarms.advisor.scenario..")
                .layer("diff").definedBy("org.cyberarms.advisor.diff..")
                .layer("audit").definedBy("org.cyberarms.advisor.audit..")
                .layer("report").definedBy("org.cyberarms.advisor.report..")
                .layer("uncertainty").definedBy("org.cyberarms.advisor.uncertainty..")
                .layer("live").definedBy("org.cyberarms.advisor.live..")
                .layer("serve").definedBy("org.cyberarms.advisor.serve..")
                .layer("scaffold").definedBy("org.cyberarms.advisor.scaffold..")
                .layer("cli").definedBy("org.cyberarms.advisor.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("scaffold").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("serve", "cli")
                .whereLayer("audit").mayOnlyBeAccessedByLayers("serve", "cli")
                .whereLayer("uncertainty").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("live").mayOnlyBeAccessedByLayers("serve", "cli")
                .whereLayer("diff").mayOnlyBeAccessedByLayers("audit", "live", "serve", "cli")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("audit", "live", "serve", "cli")
                .whereLayer("scenario").mayOnlyBeAccessedByLayers("audit", "report", "live", "serve", "cli")
                .whereLayer("knowledge").mayOnlyBeAccessedByLayers("scenario", "engine", "audit", "live", "serve", "cli")
                .whereLayer("trace").mayOnlyBeAccessedByLayers("engine", "scenario", "diff", "audit", "report", "live", "serve", "cli")
                .whereLayer("document").mayOnlyBeAccessedByLayers("report", "audit", "uncertainty", "scenario", "diff", "live", "serve", "cli")
                .whereLayer("files").mayOnlyBeAccessedByLayers("knowledge", "trace", "engine", "scenario", "audit", "serve", "cli")
                .check(classes);
    }

    @Test
    void scenariosRunTheRulesOnlyThroughTheEvaluatorTheyAreGiven() {
        noClasses().that().resideInAPackage("org.cyberarms.advisor.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cyberarms.advisor.engine..",
                        "org.cyberarms.advisor.report..", "org.cyberarms.advisor.cli..")
                .check(classes);
    }

    /** Sampling runs the rules only through the evaluation the command line hands it. */
    @Test
    void uncertaintyNeverTouchesTheEngine() {
        noClasses().that().resideInAPackage("org.cyberarms.advisor.uncertainty..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.cyberarms.advisor.engine..", "org.cyberarms.advisor.knowledge..",
                        "org.cyberarms.advisor.report..", "org.cyberarms.advisor.cli..")
                .check(classes);
    }

    /** Reading input files safely is the bottom of the stack: every layer that reads a file may use it. */
    @Test
    void safeFileReadingDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.cyberarms.advisor.files..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cyberarms.advisor.model..",
                        "org.cyberarms.advisor.knowledge..", "org.cyberarms.advisor.engine..",
                        "org.cyberarms.advisor.trace..", "org.cyberarms.advisor.report..",
                        "org.cyberarms.advisor.audit..", "org.cyberarms.advisor.scenario..",
                        "org.cyberarms.advisor.uncertainty..", "org.cyberarms.advisor.cli..")
                .check(classes);
    }

    /** A diff reads two runs' traces; it never runs rules, so it never touches the engine or the knowledge files. */
    @Test
    void theDiffReadsRunsAndNeverTouchesTheEngine() {
        noClasses().that().resideInAPackage("org.cyberarms.advisor.diff..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cyberarms.advisor.engine..",
                        "org.cyberarms.advisor.knowledge..", "org.cyberarms.advisor.scenario..",
                        "org.cyberarms.advisor.report..", "org.cyberarms.advisor.audit..",
                        "org.cyberarms.advisor.serve..", "org.cyberarms.advisor.cli..")
                .check(classes);
    }

    /** Live inputs reload and compare; they lay out no answer and never touch Drools themselves. */
    @Test
    void liveInputsReloadThroughTheEngineSeamAndLayOutNoAnswer() {
        noClasses().that().resideInAPackage("org.cyberarms.advisor.live..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..",
                        "org.cyberarms.advisor.report..", "org.cyberarms.advisor.audit..",
                        "org.cyberarms.advisor.serve..", "org.cyberarms.advisor.cli..")
                .check(classes);
    }

    /** The workbench answers through the same documents as the command line, and never reaches Drools itself. */
    @Test
    void theWorkbenchNeverTouchesDroolsOrTheCommandLine() {
        noClasses().that().resideInAPackage("org.cyberarms.advisor.serve..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..",
                        "org.cyberarms.advisor.cli..", "picocli..")
                .check(classes);
    }

    /** A new pack is written from the model's words alone: init never loads knowledge or runs rules itself. */
    @Test
    void theScaffoldDependsOnTheModelOnly() {
        noClasses().that().resideInAPackage("org.cyberarms.advisor.scaffold..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cyberarms.advisor.knowledge..",
                        "org.cyberarms.advisor.engine..", "org.cyberarms.advisor.trace..",
                        "org.cyberarms.advisor.report..", "org.cyberarms.advisor.audit..",
                        "org.cyberarms.advisor.scenario..", "org.cyberarms.advisor.cli..", "org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.cyberarms.advisor.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.cyberarms.advisor.knowledge..", "org.cyberarms.advisor.engine..",
                        "org.cyberarms.advisor.trace..", "org.cyberarms.advisor.files..", "org.cyberarms.advisor.report..", "org.cyberarms.advisor.audit..", "org.cyberarms.advisor.scenario..",
                        "org.cyberarms.advisor.uncertainty..",
                        "org.cyberarms.advisor.cli..",
                        "com.fasterxml..", "org.yaml..", "picocli..")
                .check(classes);
    }

    /** Answers are laid out by a document model that knows nothing of the domain or the engine. */
    @Test
    void theDocumentModelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.cyberarms.advisor.document..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cyberarms.advisor.model..",
                        "org.cyberarms.advisor.knowledge..", "org.cyberarms.advisor.engine..",
                        "org.cyberarms.advisor.trace..", "org.cyberarms.advisor.report..",
                        "org.cyberarms.advisor.audit..", "org.cyberarms.advisor.scenario..",
                        "org.cyberarms.advisor.uncertainty..", "org.cyberarms.advisor.cli..",
                        "org.cyberarms.advisor.files..")
                .check(classes);
    }
}
