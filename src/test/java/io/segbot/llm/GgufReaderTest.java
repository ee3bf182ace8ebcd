package io.segbot.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.SharedFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufReaderTest {
    private static final Path STORIES = Path.of("../shared/models/stories260K.gguf");

    @TempDir
    Path dir;

    @Test
    void reads_the_header_the_writer_wrote() {
        Path file = TinyLlamaGguf.write(dir.resolve("tiny.gguf"), 1, TinyLlamaGguf.GEMMA_TEMPLATE);
        GgufMetadata metadata = GgufReader.read(file);
        assertThat(metadata.version()).isEqualTo(3);
        assertThat(metadata.architecture()).isEqualTo("llama");
        assertThat(metadata.contextLength()).contains(4096L);
        assertThat(metadata.embeddingLength()).contains(64L);
        assertThat(metadata.blockCount()).contains(2L);
        // 3 specials + 256 bytes + "▁" + 94 printable ASCII + 19 words
        assertThat(metadata.vocabularySize()).isEqualTo(373);
        // 2 x 373 x 64 (embeddings, output) + 2 layers x 36,992 + 64 (final norm)
        assertThat(metadata.parameterCount()).isEqualTo(121_792L).isEqualTo(TinyLlamaGguf.parameterCount());
        assertThat(metadata.tensorCount()).isEqualTo(21);
        assertThat(metadata.quantisation()).isEqualTo("F32");
        assertThat(metadata.chatTemplate()).contains(TinyLlamaGguf.GEMMA_TEMPLATE);
    }

    @Test
    void reads_stories260k_without_loading_it() {
        SharedFiles.assumePresent(STORIES, "the real-model tests");
        GgufMetadata metadata = GgufReader.read(STORIES);
        assertThat(metadata.architecture()).isEqualTo("llama");
        assertThat(metadata.contextLength()).contains(2048L);
        assertThat(metadata.vocabularySize()).isEqualTo(512);
        // 512 x 64 x 2 + 5 layers x 45,440 + 64: the "260K" of its name counts fewer tensors
        assertThat(metadata.parameterCount()).isEqualTo(292_800L);
        assertThat(metadata.chatTemplate()).isEmpty();
    }

    @Test
    void a_file_that_is_not_gguf_is_named_as_such() throws IOException {
        Path zip = Files.write(dir.resolve("model.gguf"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        assertThatThrownBy(() -> GgufReader.read(zip))
                .isInstanceOf(ModelLoadException.class)
                .hasMessage(zip + " is not a GGUF file: it starts with \"PK\\x03\\x04\" where a GGUF file starts with"
                        + " \"GGUF\"");
    }

    @Test
    void a_truncated_file_is_reported_as_truncated() throws IOException {
        byte[] whole = Files.readAllBytes(TinyLlamaGguf.write(dir.resolve("whole.gguf"), 1, null));
        Path cut = Files.write(dir.resolve("cut.gguf"), Arrays.copyOf(whole, 200));
        assertThatThrownBy(() -> GgufReader.read(cut))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("is truncated: it ends inside the GGUF header");
    }

    @Test
    void gguf_version_1_is_refused_with_the_fix() throws IOException {
        ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        header.put("GGUF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(1)
                .putLong(0)
                .putLong(0);
        Path old = Files.write(dir.resolve("old.gguf"), header.array());
        assertThatThrownBy(() -> GgufReader.read(old))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("is GGUF version 1; llama.cpp reads versions 2 and 3");
    }

    @Test
    void a_missing_file_is_reported() {
        Path missing = dir.resolve("nothing.gguf");
        assertThatThrownBy(() -> GgufReader.read(missing))
                .isInstanceOf(ModelLoadException.class)
                .hasMessage("model file " + missing + " does not exist or is not a regular file");
    }
}
