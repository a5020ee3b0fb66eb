package org.cyberarms.advisor.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cyberarms.advisor.model.SourceFile;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieServices;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * Builds a rule base from every {@code .drl} file at the top of a folder, at run time, with the classic (MVEL)
 * build: an analyst's edit takes effect on the next run, and build errors keep their line numbers.
 */
public final class RuleBaseCompiler {

    private static final String RESOURCES = "src/main/resources/";

    /**
     * @param rulesDir the folder of rule files, as the analyst named it (messages use the same path); only
     *                 its top level is read (see {@link RuleFiles})
     * @throws RuleBuildException when any file does not build; no rule base is returned then
     */
    public RuleBase compile(Path rulesDir) throws RuleBuildException {
        if (!Files.isDirectory(rulesDir)) {
            throw new RuleBuildException(List.of(new RuleProblem(rulesDir.toString(), 0, 0,
                    "rules folder not found; check the --rules option")));
        }
        RuleFiles.Reading reading = RuleFiles.read(rulesDir);
        if (reading.files().isEmpty() && reading.problems().isEmpty()) {
            throw new RuleBuildException(List.of(new RuleProblem(rulesDir.toString(), 0, 0,
                    "no rule files (*.drl) found in this folder; check the --rules option")));
        }
        Map<String, RuleFiles.RuleFile> byName = new LinkedHashMap<>();
        Map<String, RuleSourceScan> scans = new HashMap<>();
        for (RuleFiles.RuleFile file : reading.files()) {
            byName.put(file.name(), file);
            scans.put(file.name(), RuleSourceScan.of(file.lines()));
        }
        List<RuleProblem> problems = new ArrayList<>(reading.problems());
        Map<String, RuleProblem> duplicates = duplicateNames(byName, scans);
        problems.addAll(duplicates.values());
        // A KnowledgeBuilder straight into a KieBase: the KieFileSystem -> KieBuilder -> KieContainer path
        // also builds an in-memory kjar, scans kmodule.xml and sets up a container, none of which a rule
        // folder read at run time needs (measured in BENCHMARKS.md). Messages, lines and rules are the same.
        KieServices services = KieServices.Factory.get();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RuleFiles.RuleFile file : byName.values()) {
            // Drools reads the text checked as UTF-8 here, not the file again.
            Resource resource = services.getResources().newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(RESOURCES + file.name());
            resource.setResourceType(ResourceType.DRL);
            builder.add(resource, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            List<BuildError> errors = new ArrayList<>();
            for (KnowledgeBuilderError error : builder.getErrors()) {
                String path = error.getResource() == null ? null : stripResources(error.getResource().getSourcePath());
                if (error.getMessage() != null && error.getMessage().startsWith(DUPLICATE)
                        && duplicates.containsKey(error.getMessage().substring(DUPLICATE.length()).strip())) {
                    continue; // reported above, with both places
                }
                errors.addAll(BuildError.of(path, error));
            }
            problems.addAll(BuildProblems.of(errors, byName, scans, rulesDir));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
            throw new RuleBuildException(problems);
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        // Parsed once more, by Drools' own parser, for the rules' shapes and words: kept with the rule base.
        Map<Path, String> texts = new LinkedHashMap<>();
        byName.values().forEach(file -> texts.put(file.path(), file.text()));
        return new RuleBase(kieBase, ruleLocations(byName, scans), sourceFiles(byName.values()),
                RuleConditions.parse(texts));
    }

    private static final String DUPLICATE = "Duplicate rule name:";

    /**
     * Rule names must differ across every file and package: the trace, the report and the analysts' tests
     * name rules by name alone, so a second rule of the same name would be credited to the first one's place.
     */
    private static Map<String, RuleProblem> duplicateNames(
            Map<String, RuleFiles.RuleFile> files, Map<String, RuleSourceScan> scans) {
        Map<String, RuleLocation> first = new HashMap<>();
        Map<String, RuleProblem> duplicates = new LinkedHashMap<>();
        files.forEach((name, file) -> {
            for (RuleSourceScan.Block rule : scans.get(name).rules()) {
                RuleLocation here = new RuleLocation(file.path().toString(), rule.at().line());
                RuleLocation earlier = first.putIfAbsent(rule.name(), here);
                if (earlier != null) {
                    duplicates.put(rule.name(), new RuleProblem(here.file(), here.line(), rule.at().column(),
                            "a second rule named \"" + rule.name() + "\"; the first is at " + earlier.file() + ":"
                                    + earlier.line() + ". Rule names must differ across all rule files: rename one"));
                }
            }
        });
        return duplicates;
    }

    private static List<SourceFile> sourceFiles(Collection<RuleFiles.RuleFile> files) {
        // The hash of the bytes that were built, not of a second read: a file saved in between would otherwise
        // be stamped with a version that never ran.
        return files.stream().map(f -> new SourceFile(f.path().toString(), f.sha256())).toList();
    }

    private static String stripResources(String path) {
        return path != null && path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
    }

    private static Map<String, RuleLocation> ruleLocations(
            Map<String, RuleFiles.RuleFile> files, Map<String, RuleSourceScan> scans) {
        Map<String, RuleLocation> locations = new HashMap<>();
        files.forEach((name, file) -> scans.get(name).rules().forEach(rule ->
                locations.put(rule.name(), new RuleLocation(file.path().toString(), rule.at().line()))));
        return locations;
    }

    /** Where a rule is declared, as the analyst knows the file. */
    record RuleLocation(String file, int line) {}
}
