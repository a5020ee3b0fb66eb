package org.cyberarms.advisor.diff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cyberarms.advisor.diff.RunDifference.FileChange;
import org.cyberarms.advisor.model.SourceFile;

/**
 * Input files by their place among the inputs, so that two runs read from different folders (two copies, two
 * git revisions extracted to temporary folders, a trace made elsewhere) line up file by file.
 */
public final class InputPlaces {

    private InputPlaces() {}

    /**
     * Where a file sits among the inputs: {@code knowledge/} or {@code rules/} and its path inside that
     * folder; any other file by its whole path. Comparing places, not paths, lets the folders move.
     */
    public static String of(String path, String knowledgeDir, String rulesDir) {
        Path file = Path.of(path).normalize();
        Path knowledge = Path.of(knowledgeDir).normalize();
        Path rules = Path.of(rulesDir).normalize();
        if (file.startsWith(knowledge) && !file.equals(knowledge)) {
            return "knowledge/" + knowledge.relativize(file);
        }
        if (file.startsWith(rules) && !file.equals(rules)) {
            return "rules/" + rules.relativize(file);
        }
        return path;
    }

    /** Each file's SHA-256 by its place. */
    public static Map<String, String> hashes(List<SourceFile> files, Path knowledgeDir, Path rulesDir) {
        Map<String, String> byPlace = new LinkedHashMap<>();
        files.forEach(f -> byPlace.put(of(f.path(), knowledgeDir.toString(), rulesDir.toString()), f.sha256()));
        return byPlace;
    }

    /** Files whose bytes differ, then files only the later run read, then files only the earlier one read. */
    public static List<FileChange> changes(Map<String, String> from, Map<String, String> to) {
        List<FileChange> changes = new ArrayList<>();
        from.forEach((place, sha) -> {
            String now = to.get(place);
            if (now == null) {
                changes.add(new FileChange(place, "removed"));
            } else if (!now.equals(sha)) {
                changes.add(new FileChange(place, "changed"));
            }
        });
        to.keySet().stream().filter(place -> !from.containsKey(place))
                .forEach(place -> changes.add(new FileChange(place, "added")));
        return changes;
    }
}
