package org.cyberarms.advisor.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems of a failed build, one per mistake and placed where the mistake is. Drools often reports one
 * mistake many times, far from where it is: a rule without {@code end}, or a comment or string left open,
 * shows as syntax errors further down; a misspelt import as errors in every rule of the package. Those
 * follow-on errors are dropped here, and the mistake that caused them is reported in their place.
 */
final class BuildProblems {

    private static final Pattern IMPORT_ERROR = Pattern.compile("Error importing : '([^']+)'");
    private static final Pattern BAD_IMPORT_IN_ACTION = Pattern.compile("Only a type can be imported\\. ([\\w.$]+) ");

    private BuildProblems() {}

    static List<RuleProblem> of(
            List<BuildError> errors, Map<String, RuleFiles.RuleFile> files, Map<String, RuleSourceScan> scans,
            Path rulesDir) {
        List<String> badImports = errors.stream()
                .map(e -> IMPORT_ERROR.matcher(e.text()))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .toList();
        Map<String, List<BuildError>> byFile = new LinkedHashMap<>();
        for (BuildError error : errors) {
            byFile.computeIfAbsent(error.file() == null ? "" : error.file(), f -> new ArrayList<>()).add(error);
        }
        List<RuleProblem> problems = new ArrayList<>();
        byFile.forEach((name, fileErrors) -> {
            RuleFiles.RuleFile file = files.get(name);
            List<String> source = file == null ? List.of() : file.lines();
            String display = file != null ? file.path().toString() : rulesDir.resolve(name).toString();
            problems.addAll(ofFile(fileErrors, source, scans.get(name), badImports).stream()
                    .map(p -> new RuleProblem(display, p.line(), p.column(), p.message()))
                    .toList());
        });
        return problems;
    }

    private static List<BuildMessages.Placed> ofFile(
            List<BuildError> errors, List<String> source, RuleSourceScan scan, List<String> badImports) {
        List<BuildMessages.Placed> placed = new ArrayList<>();
        int firstSyntaxLine = errors.stream().filter(BuildProblems::isSyntaxError)
                .mapToInt(e -> BuildMessages.explain(e.text(), e.line(), source).line())
                .filter(l -> l > 0).min().orElse(Integer.MAX_VALUE);
        List<BuildMessages.Placed> structural = firstSyntaxLine == Integer.MAX_VALUE || scan == null
                ? List.of() : structural(scan, firstSyntaxLine);
        placed.addAll(structural);
        // Syntax errors from where a structural mistake starts on are its echoes.
        int echoesFrom = structural.stream().mapToInt(BuildMessages.Placed::line).min().orElse(Integer.MAX_VALUE);
        boolean importFailedHere = errors.stream().anyMatch(e -> IMPORT_ERROR.matcher(e.text()).find());
        for (BuildError error : errors) {
            if (error.text().startsWith("Parser returned a null Package")) {
                continue; // always follows a syntax error already reported
            }
            Matcher inAction = BAD_IMPORT_IN_ACTION.matcher(error.text());
            if (inAction.find() && badImports.contains(inAction.group(1))) {
                continue; // the bad import again, as every rule of the package repeats it
            }
            BuildMessages.Placed problem = error.action()
                    .map(a -> BuildMessages.explainAction(error.text(), a, source))
                    .orElseGet(() -> IMPORT_ERROR.matcher(error.text()).find()
                            ? BuildMessages.explainImport(error.text(), source)
                            : BuildMessages.explain(error.text(), error.line(), source));
            if (isSyntaxError(error) && problem.line() >= echoesFrom) {
                continue;
            }
            if (importFailedHere && error.text().startsWith("Unable to resolve ObjectType")) {
                problem = problem.asFollowOn(); // the type the misspelt import should have brought in
            }
            placed.add(problem);
        }
        // A follow-on only repeats another problem of its file: keep it when it is all the file has.
        boolean hasOwn = placed.stream().anyMatch(p -> !p.followOn());
        placed.removeIf(p -> p.followOn() && hasOwn);
        return placed;
    }

    private static boolean isSyntaxError(BuildError error) {
        return error.action().isEmpty() && (error.text().startsWith("[ERR ") || BuildMessages.isInternal(error.text()));
    }

    /**
     * A comment or string left open, or a rule without {@code end}, before the first syntax error: the
     * mistake the syntax errors come from. Only the first kind found is reported, as text after an open
     * comment or string cannot be read reliably.
     */
    private static List<BuildMessages.Placed> structural(RuleSourceScan scan, int firstSyntaxLine) {
        Optional<RuleSourceScan.Position> comment = scan.unclosedComment();
        if (comment.isPresent()) {
            return List.of(new BuildMessages.Placed(comment.get().line(), comment.get().column(),
                    "this comment (/*) is never closed: add */ where the comment should end"));
        }
        Optional<RuleSourceScan.Position> string = scan.unclosedString().filter(s -> s.line() <= firstSyntaxLine);
        if (string.isPresent()) {
            return List.of(new BuildMessages.Placed(string.get().line(), string.get().column(),
                    "this text in quotes is not closed on its line: add the closing quote"));
        }
        return scan.blocks().stream()
                .filter(b -> !b.ended() && b.at().line() <= firstSyntaxLine)
                .map(b -> new BuildMessages.Placed(b.at().line(), b.at().column(),
                        b.keyword() + " \"" + b.name() + "\" has no `end`: add a line `end` after its "
                                + (b.keyword().equals("rule") ? "action (the lines after `then`)" : "last line")))
                .toList();
    }
}
