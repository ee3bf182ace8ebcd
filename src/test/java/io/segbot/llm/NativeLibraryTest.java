package io.segbot.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: the native library was extracted to a shared /tmp/libjllama.so and printed on stdout. */
class NativeLibraryTest {
    @Test
    void native_library_folder_is_private_to_the_user(@TempDir Path dir) throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path folder = NativeLibrary.privateFolder(dir.resolve("cache/segbot/native"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        NativeLibrary.privateFolder(folder);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
    }

    @Test
    void native_library_a_symbolic_link_in_place_of_the_folder_is_refused(@TempDir Path dir) throws IOException {
        Path target = Files.createDirectory(dir.resolve("someone-elses"));
        Path link = Files.createSymbolicLink(dir.resolve("native"), target);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NativeLibrary.privateFolder(link))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("is a symbolic link or not a folder");
    }

    @Test
    void ask_json_the_loaders_stdout_lines_go_to_stderr_so_stdout_stays_the_commands() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int loaded = NativeLibrary.load(() -> {
                System.out.println("Extracted 'libjllama.so' to '/tmp/libjllama.so'");
                return 7;
            });
            System.out.println("{\"answer\": 1}");
            assertThat(loaded).isEqualTo(7);
        } finally {
            System.setOut(stdout);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("{\"answer\": 1}" + System.lineSeparator());
        assertThat(System.getProperty(NativeLibrary.TMPDIR_PROPERTY))
                .isNotEqualTo(System.getProperty("java.io.tmpdir"));
    }

    @Test
    void a_mac_on_apple_silicon_is_told_in_words_that_the_jar_has_no_llama_library_for_it() {
        assertThat(NativeLibrary.unsupportedPlatform("Mac OS X", "aarch64"))
                .isEqualTo("this segbot jar carries llama.cpp only for Linux x86_64, not for Mac OS X aarch64, so no"
                        + " model can be loaded here and answers use the checked templates; to use a model on this"
                        + " machine, build segbot with java-llama.cpp's library for it (README, Local language model)");
    }

    @Test
    void linux_on_arm_and_windows_are_refused_the_same_way_and_linux_x86_64_is_not() {
        assertThat(NativeLibrary.unsupportedPlatform("Linux", "aarch64")).contains("not for Linux aarch64");
        assertThat(NativeLibrary.unsupportedPlatform("Windows 11", "amd64")).contains("not for Windows 11 amd64");
        assertThat(NativeLibrary.unsupportedPlatform("Linux", "amd64")).isNull();
        assertThat(NativeLibrary.unsupportedPlatform("Linux", "x86_64")).isNull();
    }
}
