package org.cyberarms.advisor.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cyberarms.advisor.model.Sha256;
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
 * Builds a rule base from every {@code .drl} file under a folder, at run time, with the classic (MVEL)
 * build: an analyst's edit takes effect on the next run, and build errors keep their line numbers.
 */
public final class RuleBaseCompiler {

    private static final String RESOURCES = "src/main/resources/";
    private static final Pattern RULE_DECLARATION =
            Pattern.compile("^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");

    /**
     * @param rulesDir the folder of rule files, as the analyst named it (messages use the same path)
     * @throws RuleBuildException when any file does not build; no rule base is returned then
     */
    public RuleBase compile(Path rulesDir) throws RuleBuildException {
        if (!Files.isDirectory(rulesDir)) {
            throw new RuleBuildException(List.of(new RuleProblem(rulesDir.toString(), 0, 0,
                    "rules folder not found; check the --rules option")));
        }
        List<Path> files = ruleFiles(rulesDir);
        if (files.isEmpty()) {
            throw new RuleBuildException(List.of(new RuleProblem(rulesDir.toString(), 0, 0,
                    "no rule files (*.drl) found in this folder; check the --rules option")));
        }
        // A KnowledgeBuilder straight into a KieBase: the KieFileSystem -> KieBuilder -> KieContainer path
        // also builds an in-memory kjar, scans kmodule.xml and sets up a container, none of which a rule
        // folder read at run time needs (measured in BENCHMARKS.md). Messages, lines and rules are the same.
        KieServices services = KieServices.Factory.get();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        Map<String, Path> byResourcePath = new HashMap<>();
        Map<String, List<String>> sourceLines = new HashMap<>();
        for (Path file : files) {
            String relative = rulesDir.relativize(file).toString().replace('\\', '/');
            Resource resource = services.getResources().newFileSystemResource(file.toFile());
            resource.setSourcePath(RESOURCES + relative);
            resource.setResourceType(ResourceType.DRL);
            byResourcePath.put(relative, file);
            sourceLines.put(relative, readLines(file));
            builder.add(resource, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            List<BuildError> errors = new ArrayList<>();
            for (KnowledgeBuilderError error : builder.getErrors()) {
                int[] lines = error.getLines();
                String path = error.getResource() == null ? null : error.getResource().getSourcePath();
                errors.add(new BuildError(path, lines != null && lines.length > 0 ? lines[0] : 0, error.getMessage()));
            }
            throw new RuleBuildException(problems(errors, byResourcePath, sourceLines, rulesDir));
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        // Parsed once more, by Drools' own parser, for the rules' shapes and words: kept with the rule base.
        return new RuleBase(kieBase, ruleLocations(byResourcePath, sourceLines), sourceFiles(files),
                RuleConditions.parse(files));
    }

    /** One build error as the builder gave it: the resource path written, the line (0 if none), the text. */
    private record BuildError(String path, int line, String text) {}

    private static List<Path> ruleFiles(Path rulesDir) {
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            return walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules folder " + rulesDir, e);
        }
    }

    private static List<SourceFile> sourceFiles(List<Path> files) {
        return files.stream().map(f -> new SourceFile(f.toString(), Sha256.of(f))).toList();
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + file, e);
        }
    }

    private static List<RuleProblem> problems(
            List<BuildError> errors, Map<String, Path> files, Map<String, List<String>> lines, Path rulesDir) {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleProblem> followOns = new ArrayList<>();
        for (BuildError error : errors) {
            String text = error.text() == null ? "" : error.text().strip();
            if (text.startsWith("Parser returned a null Package")) {
                continue; // always follows a syntax error already reported
            }
            String relative = error.path() == null ? "" : stripResources(error.path());
            Path file = files.get(relative);
            String display = file != null ? file.toString() : rulesDir.resolve(relative).toString();
            BuildMessages.Placed placed =
                    BuildMessages.explain(text, error.line(), lines.getOrDefault(relative, List.of()));
            problems.add(new RuleProblem(display, placed.line(), placed.column(), placed.message()));
            if (placed.followOn()) {
                followOns.add(problems.get(problems.size() - 1));
            }
        }
        // A follow-on only repeats another problem of its file: keep it when it is all the file has.
        problems.removeIf(p -> followOns.contains(p)
                && problems.stream().anyMatch(o -> !followOns.contains(o) && o.file().equals(p.file())));
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return problems;
    }

    private static String stripResources(String path) {
        return path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
    }

    private static Map<String, RuleLocation> ruleLocations(Map<String, Path> files, Map<String, List<String>> lines) {
        Map<String, RuleLocation> locations = new HashMap<>();
        files.forEach((relative, file) -> {
            List<String> source = lines.get(relative);
            for (int i = 0; i < source.size(); i++) {
                Matcher m = RULE_DECLARATION.matcher(source.get(i));
                if (m.find()) {
                    String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    locations.putIfAbsent(name, new RuleLocation(file.toString(), i + 1));
                }
            }
        });
        return locations;
    }

    /** Where a rule is declared, as the analyst knows the file. */
    record RuleLocation(String file, int line) {}
}
