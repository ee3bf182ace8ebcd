package io.segbot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, "Data safety": files are whole or absent, never overwritten by accident, private by default. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void atomic_write_replaces_the_file_whole_and_leaves_no_temporary_file() throws IOException {
        Path file = dir.resolve("out/report.csv");
        AtomicFiles.writeString(file, "a,b\n1,2\n");
        AtomicFiles.writeString(file, "a,b\n3,4\n");
        assertThat(file).hasContent("a,b\n3,4\n");
        assertThat(list(dir.resolve("out"))).containsExactly("report.csv");
    }

    @Test
    void atomic_write_a_writer_that_fails_halfway_leaves_the_old_file_untouched() throws IOException {
        Path file = dir.resolve("export.csv");
        AtomicFiles.writeString(file, "old,whole\n");
        assertThatThrownBy(() -> AtomicFiles.writeText(file, out -> {
                    out.write("new,half");
                    throw new IOException("disk unplugged");
                }))
                .hasMessage("disk unplugged");
        assertThat(file).hasContent("old,whole\n");
        assertThat(list(dir)).containsExactly("export.csv");
    }

    @Test
    void never_overwrite_write_new_refuses_an_existing_file() throws IOException {
        Path file = dir.resolve("run-1-all.csv");
        AtomicFiles.writeNewText(file, out -> out.write("first\n"));
        assertThatThrownBy(() -> AtomicFiles.writeNewText(file, out -> out.write("second\n")))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("already exists; segbot never overwrites it");
        assertThat(file).hasContent("first\n");
        assertThat(list(dir)).containsExactly("run-1-all.csv");
    }

    @Test
    void private_mode_new_folders_are_0700_and_files_0600() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        assumeThat(AtomicFiles.privateMode())
                .as("SEGBOT_FILE_MODE=shared is set")
                .isTrue();
        Path file = AtomicFiles.writeString(dir.resolve("new/nested/customers.csv"), "x\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("new"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("new/nested"))))
                .isEqualTo("rwx------");
    }

    @Test
    void private_mode_a_history_file_is_created_0600_and_an_old_0644_one_is_tightened() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        assumeThat(AtomicFiles.privateMode())
                .as("SEGBOT_FILE_MODE=shared is set")
                .isTrue();
        Path fresh = AtomicFiles.privateFile(dir.resolve("data/chat-history"));
        Path old = dir.resolve("old-history");
        Files.writeString(old, "revenue last quarter?\n");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));

        AtomicFiles.privateFile(old);

        assertThat(fresh).exists().isEmptyFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old)))
                .isEqualTo("rw-------");
        assertThat(old).hasContent("revenue last quarter?");
    }

    @Test
    void report_out_a_path_that_is_a_file_is_refused_in_words() throws IOException {
        Path passwd = Files.writeString(dir.resolve("passwd"), "root:x:0:0\n");
        assertThatThrownBy(() -> AtomicFiles.writeString(passwd.resolve("report.md"), "x"))
                .isInstanceOf(IOException.class);
        assertThat(passwd).hasContent("root:x:0:0\n");
    }

    private static java.util.List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
