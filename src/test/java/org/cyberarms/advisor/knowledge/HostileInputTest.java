package org.cyberarms.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Random;

import org.cyberarms.advisor.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are wrong in ways no analyst intends: each is refused with a clear message, in bounded time
 * (a generous preemptive timeout, so a loaded CI machine does not flake) and bounded memory (the test JVM's
 * heap; the 50 MB file is refused before it is read).
 */
class HostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private Path knowledgeWithElements(byte[] elements) throws IOException {
        Path dir = Fixtures.copy(Fixtures.BUNDLED_KNOWLEDGE, tmp.resolve("knowledge"));
        Files.write(dir.resolve("elements.yaml"), elements);
        return dir;
    }

    private static KnowledgeException refused(Path dir) {
        return assertTimeoutPreemptively(BOUND, () -> {
            KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> new KnowledgeLoader().load(dir));
            assertThat(e).as("the loader should refuse the files in %s", dir).isNotNull();
            return e;
        });
    }

    private static String describe(KnowledgeException e) {
        return e.problems().stream().map(KnowledgeProblem::describe).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void aBillionLaughsAliasBombIsRefusedBeforeAnyExpansion() throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append("]\n");
        }
        KnowledgeException e = refused(knowledgeWithElements(bomb.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(describe(e)).contains("elements.yaml:1:4: YAML anchor `&a` is not allowed in knowledge files");
    }

    @Test
    void tenThousandNestedListsAreRefusedWithoutAStackOverflow() throws Exception {
        String deep = "elements: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

        KnowledgeException e = refused(knowledgeWithElements(deep.getBytes(StandardCharsets.UTF_8)));

        // The root mapping is level 1, so the 50th bracket (column 60) is the 51st level.
        assertThat(describe(e)).contains("elements.yaml:1:60: values are nested more than 50 levels deep");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead() throws Exception {
        Path dir = Fixtures.copy(Fixtures.BUNDLED_KNOWLEDGE, tmp.resolve("knowledge"));
        byte[] line = "# padding padding padding padding padding padding padding padding padding padding\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(dir.resolve("elements.yaml"))) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }

        KnowledgeException e = refused(dir);

        assertThat(describe(e)).contains("elements.yaml: file is larger than the limit of");
    }

    @Test
    void binaryGarbageIsRefusedAsNotText() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(6).nextBytes(garbage);

        KnowledgeException e = refused(knowledgeWithElements(garbage));

        assertThat(describe(e)).contains("elements.yaml:").contains("is not UTF-8 text");
    }

    @Test
    void binaryGarbageThatIsValidUtf8IsRefusedAsNotYaml() throws Exception {
        byte[] controls = new byte[4096];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 32); // control characters: UTF-8, but not characters YAML allows
        }

        KnowledgeException e = refused(knowledgeWithElements(controls));

        assertThat(describe(e)).contains("elements.yaml:1:1: the file holds a character YAML does not allow (U+0000)");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        KnowledgeException e = refused(knowledgeWithElements(new byte[0]));

        assertThat(describe(e)).contains("elements.yaml:1:1: the file is empty");
    }

    @Test
    void aFolderInPlaceOfAFileIsRefused() throws Exception {
        Path dir = Fixtures.copy(Fixtures.BUNDLED_KNOWLEDGE, tmp.resolve("knowledge"));
        Files.delete(dir.resolve("elements.yaml"));
        Files.createDirectory(dir.resolve("elements.yaml"));

        KnowledgeException e = refused(dir);

        assertThat(describe(e)).contains("elements.yaml: is a folder, not a file");
    }

    /**
     * As root (CI runs as root) permissions do not stop reading, so there the file is simply read; as any
     * other user the loader refuses it with the system's reason.
     */
    @Test
    void anUnreadableFileIsRefusedUnlessTheUserIsRoot() throws Exception {
        Path dir = Fixtures.copy(Fixtures.BUNDLED_KNOWLEDGE, tmp.resolve("knowledge"));
        Path elements = dir.resolve("elements.yaml");
        Files.setPosixFilePermissions(elements, PosixFilePermissions.fromString("---------"));
        try {
            if (Files.isReadable(elements)) { // root: permission bits are not enforced
                assertThat(assertTimeoutPreemptively(BOUND, () -> new KnowledgeLoader().load(dir)).elements()).hasSize(16);
            } else {
                assertThat(describe(refused(dir))).contains("elements.yaml: cannot be read");
            }
        } finally {
            Files.setPosixFilePermissions(elements, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aMissingFileIsAWholeFileProblem() throws Exception {
        Path dir = Fixtures.copy(Fixtures.BUNDLED_KNOWLEDGE, tmp.resolve("knowledge"));
        Files.delete(dir.resolve("elements.yaml"));

        KnowledgeException e = refused(dir);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.describe()).endsWith("elements.yaml: file not found");
        });
    }
}
