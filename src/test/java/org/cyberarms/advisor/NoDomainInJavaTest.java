package org.cyberarms.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The advisor's Java knows no subject: every title, id, dimension, scenario and number of rounds an answer
 * shows comes from the knowledge pack. The bundled cyberweapons pack's words must not come back into the
 * texts the code prints (string literals); the help's examples take them from the pack at hand instead.
 */
class NoDomainInJavaTest {

    /** Words of the bundled pack: its subject, its element ids, its dimensions, its scenarios, its rounds. */
    static final Pattern DOMAIN = Pattern.compile("(?i:cyberweapon|instrument|treaty|three rounds|feasibility report"
            + "|attribution|verification|endorsement|coalition|great-power|\\b16 elements)|\\bE[0-9]{1,3}\\b");

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"");

    @Test
    void noStringInTheMainSourcesNamesTheBundledPacksSubject() throws IOException {
        assertThat(domainWordsIn(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void theScanFindsADomainWordWhereItWouldBePrinted(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("Title.java"), String.join("\n",
                "/** Comments may say E03 as an example. */",
                "class Title {",
                "    static final String TITLE = \"Feasibility of a binding international instrument\";",
                "    static final String EXAMPLE = \"./advisor explain E03\";",
                "}"));

        assertThat(domainWordsIn(tmp)).containsExactly(
                "Title.java:3: \"Feasibility of a binding international instrument\"",
                "Title.java:4: \"./advisor explain E03\"");
    }

    /**
     * The workbench page, its script and styles, the report's stylesheet and the rule templates of a new pack
     * are served or written for every pack: outside their comments, none names the bundled pack's subject (the
     * page takes its nouns and examples from the pack it serves).
     */
    @Test
    void noPageScriptStylesheetOrTemplateNamesTheBundledPacksSubject() throws IOException {
        assertThat(domainWordsInResources(Path.of("src/main/resources"))).isEmpty();
    }

    @Test
    void theResourceScanFindsADomainWordOutsideCommentsOnly(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("index.html"), String.join("\n",
                "<!-- a comment may say attribution -->",
                "<span class=\"hint\">e.g. stronger-attribution</span>"));
        Files.writeString(tmp.resolve("app.js"), String.join("\n",
                "/** \"E03.attribution\" in a comment */",
                "// E03 too",
                "const example = 'E03';"));

        assertThat(domainWordsInResources(tmp)).containsExactly("app.js: E03", "index.html: attribution");
    }

    /** Each domain word outside comments in the resources under {@code root}, as {@code file: word}. */
    static List<String> domainWordsInResources(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8)
                        .replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
                Matcher word = DOMAIN.matcher(text);
                while (word.find()) {
                    found.add(root.relativize(file) + ": " + word.group());
                }
            }
        }
        return found;
    }

    /** Each string literal outside comments that holds a domain word, as {@code File.java:line: "literal"}. */
    static List<String> domainWordsIn(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue;
                    }
                    Matcher literal = STRING_LITERAL.matcher(line);
                    while (literal.find()) {
                        if (DOMAIN.matcher(literal.group()).find()) {
                            found.add(root.relativize(file) + ":" + (i + 1) + ": " + literal.group());
                        }
                    }
                }
            }
        }
        return found;
    }
}
