package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

    @TempDir
    Path tmp;

    @Test
    void aWriteThatFailsHalfwayLeavesThePreviousFileIntactAndNoTemporaryFile() throws Exception {
        Path target = tmp.resolve("report.md");
        OutputFile.write(target, "previous report\n");

        // A lone surrogate cannot be encoded: the write fails after the temporary file was created,
        // as a full disk or a killed encoder would.
        String unwritable = "new report, first half\n".repeat(1000) + "\uD800" + "second half\n";
        assertThatThrownBy(() -> OutputFile.write(target, unwritable)).isInstanceOf(IOException.class);

        assertThat(Files.readString(target)).isEqualTo("previous report\n");
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aWriteThatSucceedsReplacesTheFileWhole() throws Exception {
        Path target = Files.createDirectory(tmp.resolve("out")).resolve("report.md");
        OutputFile.write(target, "one\n");
        OutputFile.write(target, "two\n");

        assertThat(Files.readString(target)).isEqualTo("two\n");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aWrittenFileIsReadableByOthersLikeAnyFileTheUserMakes() throws Exception {
        Path out = tmp.resolve("report.txt");
        Path ordinary = Files.writeString(tmp.resolve("ordinary.txt"), "made the usual way");

        OutputFile.write(out, "report");

        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void aWriteIntoAMissingFolderFailsAndCreatesNoFolder() {
        Path target = tmp.resolve("no-such-folder/report.md");

        assertThatThrownBy(() -> OutputFile.write(target, "report")).isInstanceOf(IOException.class)
                .hasMessageContaining("does not exist");

        assertThat(target.getParent()).doesNotExist();
    }

    /** Behind OutputGuard: even called directly, a write never replaces a device (made here, not /dev/full). */
    @Test
    void aWriteNeverReplacesADevice() throws Exception {
        Path device = org.cyberarms.advisor.SpecialFiles.device(tmp.resolve("full"), 1, 7);

        assertThatThrownBy(() -> OutputFile.write(device, "report")).isInstanceOf(IOException.class)
                .hasMessageContaining("is not a regular file");

        assertThat(Files.exists(device)).isTrue();
        assertThat(Files.isRegularFile(device)).isFalse();
    }
}
