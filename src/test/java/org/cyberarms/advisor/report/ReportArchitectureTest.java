package org.cyberarms.advisor.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The report reads outcomes; it never builds or runs rules, so it never sees the engine or Drools. */
@AnalyzeClasses(packages = "org.cyberarms.advisor.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportArchitectureTest {

    @ArchTest
    static final ArchRule reportDoesNotDependOnTheEngineOrDrools = noClasses()
            .that().resideInAPackage("org.cyberarms.advisor.report..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.cyberarms.advisor.engine..", "org.kie..", "org.drools..");
}
