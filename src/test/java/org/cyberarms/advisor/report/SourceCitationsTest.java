package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.trace.RuleRef;
import org.junit.jupiter.api.Test;

/**
 * The report quotes every rule's {@code @source} under "Based on": a reader must be able to find what it names.
 * A source is findable when it holds a URL, a DOI, or a path of this repository (with a section anchor that a
 * heading of the file gives, for Markdown); and no path it names may be missing.
 */
class SourceCitationsTest {

    private static final Pattern URL = Pattern.compile("https?://[^\\s)]+");
    private static final Pattern DOI = Pattern.compile("\\b10\\.\\d{4,9}/\\S+");
    /** {@code docs/sources.md#maturity-model}: at least one slash, a file extension, an optional anchor. */
    private static final Pattern REPOSITORY_PATH =
            Pattern.compile("\\b([A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*\\.[a-z]{2,5})(#[a-z0-9-]+)?");

    @Test
    void everyRuleCitesASourceAReaderCanFind() throws Exception {
        List<RuleRef> rules = Fixtures.bundledRuleBase().rules();

        assertThat(rules).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.source()).as("@source of rule '%s' (%s)", rule.name(), rule.location()).isPresent();
            assertThat(problems(rule.source().get()))
                    .as("@source of rule '%s' (%s): %s", rule.name(), rule.location(), rule.source().get())
                    .isEmpty();
        });
    }

    @Test
    void everyRuleOfTheCyberCapacityPackCitesASourceAReaderCanFind() throws Exception {
        List<RuleRef> rules = new RuleBaseCompiler().compile(Path.of("packs/cyber-capacity/rules")).rules();

        assertThat(rules).hasSizeGreaterThan(15).allSatisfy(rule -> {
            assertThat(rule.source()).as("@source of rule '%s' (%s)", rule.name(), rule.location()).isPresent();
            assertThat(problems(rule.source().get()))
                    .as("@source of rule '%s' (%s): %s", rule.name(), rule.location(), rule.source().get())
                    .isEmpty();
        });
    }

    @Test
    void aSourceNamingOnlyTheDomainBriefIsNotFindable() throws Exception {
        assertThat(problems("Domain brief (reconstruction of the source's practical actions)."))
                .containsExactly("names no URL, DOI or file of the repository");
        assertThat(problems("docs/no-such-file.md")).containsExactly("docs/no-such-file.md does not exist");
        assertThat(problems("docs/sources.md#no-such-section"))
                .containsExactly("docs/sources.md has no section #no-such-section");
        assertThat(problems("docs/sources.md#maturity-model; https://example.org/x")).isEmpty();
    }

    /** What keeps a reader from finding the source; empty when nothing does. */
    static List<String> problems(String source) throws IOException {
        List<String> problems = new ArrayList<>();
        boolean findable = URL.matcher(source).find() || DOI.matcher(source).find();
        Matcher path = REPOSITORY_PATH.matcher(URL.matcher(source).replaceAll(" "));
        while (path.find()) {
            String file = path.group(1);
            if (!file.contains("/")) {
                continue; // "Arts 2-13." or "C2M2." are not paths
            }
            if (!Files.isRegularFile(Path.of(file))) {
                problems.add(file + " does not exist");
                continue;
            }
            findable = true;
            if (path.group(2) != null && !anchors(Path.of(file)).contains(path.group(2).substring(1))) {
                problems.add(file + " has no section " + path.group(2));
            }
        }
        if (!findable && problems.isEmpty()) {
            problems.add("names no URL, DOI or file of the repository");
        }
        return problems;
    }

    /** The anchors GitHub gives a Markdown file's headings: lower case, punctuation dropped, spaces as '-'. */
    private static List<String> anchors(Path markdown) throws IOException {
        return Files.readAllLines(markdown).stream()
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9 -]", "").replace(' ', '-'))
                .toList();
    }
}
