package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segbot.llm.TinyLlamaGguf;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ModelCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new ModelCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void info_prints_the_gguf_header_as_a_table() {
        Path file = TinyLlamaGguf.write(dir.resolve("tiny.gguf"), 2, TinyLlamaGguf.GEMMA_TEMPLATE);
        assertThat(run("info", "--model", file.toString())).isZero();
        assertThat(out.toString())
                .contains("architecture      llama")
                .contains("parameters        121.8K (121,792)")
                .contains("quantisation      F32")
                .contains("context length    4096")
                .contains("chat template     present");
    }

    @Test
    void info_json_has_the_documented_fields() throws IOException {
        Path file = TinyLlamaGguf.write(dir.resolve("tiny.gguf"), 2, null);
        assertThat(run("info", "--json", "--model", file.toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("architecture").asText()).isEqualTo("llama");
        assertThat(json.get("parameters").asLong()).isEqualTo(121_792);
        assertThat(json.get("layers").asInt()).isEqualTo(2);
        assertThat(json.get("chat_template").asBoolean()).isFalse();
    }

    @Test
    void info_on_a_file_that_is_not_gguf_fails_with_the_reason() throws IOException {
        Path file = Files.writeString(dir.resolve("fake.gguf"), "hello");
        assertThat(run("info", "--model", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("fake.gguf is not a GGUF file");
    }

    @Test
    void bench_reports_positive_speeds_for_the_tiny_model() throws IOException {
        Path file = TinyLlamaGguf.write(dir.resolve("bench.gguf"), 2, null);
        assertThat(run("bench", "--json", "--model", file.toString(), "--tokens", "32", "--rounds", "1"))
                .isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("model").asText()).isEqualTo("bench.gguf");
        // greedy decoding of this model never ends early: all 32 tokens come
        assertThat(json.get("generated_tokens").asInt()).isEqualTo(32);
        assertThat(json.get("prompt_tokens").asInt()).isGreaterThan(16 * 10);
        assertThat(json.get("prompt_tokens_per_second").asDouble()).isPositive();
        assertThat(json.get("generation_tokens_per_second").asDouble()).isPositive();
    }
}
