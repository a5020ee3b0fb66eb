package org.cyberarms.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.nodes.MappingNode;

class LocatedYamlTest {

    @TempDir
    Path dir;

    @Test
    void fileOverTheCodePointLimitIsRefusedBeforeParsing() throws Exception {
        Path file = Files.writeString(dir.resolve("big.yaml"), "key: " + "x".repeat(100) + "\n");
        Problems problems = new Problems();

        Optional<LocatedYaml> read = LocatedYaml.read(file, problems, 50);

        assertThat(read).isEmpty();
        assertThat(problems.sorted()).containsExactly(new KnowledgeProblem(
                file.toString(), 0, 0, "file has 106 characters, more than the limit of 50", Optional.empty()));
    }

    @Test
    void aliasBombIsRefusedWithoutExpandingIt() throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char name = 'b'; name <= 'z'; name++) {
            char previous = (char) (name - 1);
            bomb.append(name).append(": &").append(name).append(" [")
                    .append(("*" + previous + ", ").repeat(8)).append('*').append(previous).append("]\n");
        }
        Path file = Files.writeString(dir.resolve("bomb.yaml"), bomb);
        Problems problems = new Problems();

        Optional<LocatedYaml> read = LocatedYaml.read(file, problems);

        assertThat(read).isEmpty();
        assertThat(problems.sorted()).hasSize(5);
        assertThat(problems.sorted().get(0)).isEqualTo(new KnowledgeProblem(file.toString(), 1, 4,
                "YAML anchor `&a` is not allowed in knowledge files",
                Optional.of("Write the value out in full where it is used")));
    }

    @Test
    void nodesCarryTheLineAndColumnTheyWereWrittenAt() throws Exception {
        Path file = Files.writeString(dir.resolve("small.yaml"), "# comment\nouter:\n  inner: value\n");

        LocatedYaml read = LocatedYaml.read(file, new Problems()).orElseThrow();

        MappingNode outer = (MappingNode) ((MappingNode) read.root()).getValue().get(0).getValueNode();
        assertThat(outer.getValue().get(0).getKeyNode().getStartMark().getLine()).isEqualTo(2);
        assertThat(outer.getValue().get(0).getValueNode().getStartMark().getColumn()).isEqualTo(9);
        assertThat(read.source().path()).isEqualTo(file.toString());
        assertThat(read.source().sha256()).isEqualTo("628a943ca09908ff35b44b6b9022751c3881aec21473e1a73f42c326bd25b633");
    }

    @Test
    void moreThanOneDocumentInAFileIsASyntaxError() throws Exception {
        Path file = Files.writeString(dir.resolve("two.yaml"), "a: 1\n---\nb: 2\n");
        Problems problems = new Problems();

        LocatedYaml.read(file, problems);

        assertThat(problems.sorted()).containsExactly(new KnowledgeProblem(file.toString(), 2, 1,
                "not valid YAML: but found another document (expected a single document in the stream that starts"
                        + " at line 1, column 1)",
                Optional.of("A knowledge file holds one document: remove the `---` line")));
    }
}
