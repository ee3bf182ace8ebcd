package io.segbot.llm;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a tiny random-weight llama model as GGUF v3 (layout: ggml/docs/gguf.md in llama.cpp),
 * so the real llama.cpp path runs in tests without any external file. The vocabulary is a
 * SentencePiece ("llama") one: unk/bos/eos, the 256 byte-fallback tokens llama.cpp needs to
 * tokenise any text, the printable ASCII characters and a few words. Weights are F32.
 */
public final class TinyLlamaGguf {
    public static final int EMBEDDING = 64;
    public static final int LAYERS = 2;
    public static final int FEED_FORWARD = 128;
    public static final int HEADS = 4;
    public static final int KV_HEADS = 2;
    public static final int CONTEXT = 4096;
    /** A Gemma-style template: llama.cpp recognises it by its {@code <start_of_turn>} marker. */
    public static final String GEMMA_TEMPLATE = "{% for message in messages %}<start_of_turn>{{ message['role'] }}\n"
            + "{{ message['content'] }}<end_of_turn>\n{% endfor %}<start_of_turn>model\n";

    private static final int ALIGNMENT = 32;
    private static final List<String> WORDS = List.of(
            "▁the",
            "▁a",
            "▁and",
            "▁of",
            "er",
            "in",
            "on",
            "an",
            "ing",
            "Premium",
            "Core",
            "Budget",
            "Engaged",
            "Dormant",
            "Profitable",
            "Loyal",
            "Value",
            "▁name",
            "▁segment");

    private TinyLlamaGguf() {}

    /** The vocabulary, in token-id order. */
    public static List<String> vocabulary() {
        List<String> tokens = new ArrayList<>(List.of("<unk>", "<s>", "</s>"));
        for (int b = 0; b < 256; b++) {
            tokens.add(String.format("<0x%02X>", b));
        }
        tokens.add("▁");
        for (char c = 0x21; c < 0x7f; c++) {
            tokens.add(String.valueOf(c));
        }
        tokens.addAll(WORDS);
        return tokens;
    }

    /** Parameters by hand: embeddings + output (vocab x 64 each), per layer 2 norms + attention + feed-forward, final norm. */
    public static long parameterCount() {
        long vocab = vocabulary().size();
        long kvWidth = (long) EMBEDDING * KV_HEADS / HEADS;
        long attention = 2L * EMBEDDING * EMBEDDING + 2L * EMBEDDING * kvWidth;
        long feedForward = 3L * EMBEDDING * FEED_FORWARD;
        return 2 * vocab * EMBEDDING + LAYERS * (2L * EMBEDDING + attention + feedForward) + EMBEDDING;
    }

    /** Writes the model to {@code file}; {@code chatTemplate} may be null for a model without one. */
    public static Path write(Path file, long seed, String chatTemplate) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            new Writer(out, new SplittableRandom(seed)).write(chatTemplate);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final SplittableRandom random;
        private final List<String> vocab = vocabulary();

        Writer(DataOutputStream out, SplittableRandom random) {
            this.out = out;
            this.random = random;
        }

        void write(String chatTemplate) throws IOException {
            Map<String, long[]> tensors = tensorShapes();
            out.write("GGUF".getBytes(StandardCharsets.US_ASCII));
            u32(3);
            u64(tensors.size());
            u64(chatTemplate == null ? 22 : 23);
            metadata(chatTemplate);
            long offset = 0;
            for (Map.Entry<String, long[]> tensor : tensors.entrySet()) {
                string(tensor.getKey());
                u32(tensor.getValue().length);
                for (long dim : tensor.getValue()) {
                    u64(dim);
                }
                u32(0); // GGML_TYPE_F32
                u64(offset);
                offset = align(offset + 4 * elements(tensor.getValue()));
            }
            pad(out.size());
            for (Map.Entry<String, long[]> tensor : tensors.entrySet()) {
                weights(tensor.getKey(), elements(tensor.getValue()));
                pad(4 * elements(tensor.getValue()));
            }
        }

        private void metadata(String chatTemplate) throws IOException {
            kvString("general.architecture", "llama");
            kvString("general.name", "segbot tiny random llama");
            kvU32("general.file_type", 0);
            kvU32("llama.vocab_size", vocab.size());
            kvU32("llama.context_length", CONTEXT);
            kvU32("llama.embedding_length", EMBEDDING);
            kvU32("llama.block_count", LAYERS);
            kvU32("llama.feed_forward_length", FEED_FORWARD);
            kvU32("llama.attention.head_count", HEADS);
            kvU32("llama.attention.head_count_kv", KV_HEADS);
            kvU32("llama.rope.dimension_count", EMBEDDING / HEADS);
            kvF32("llama.attention.layer_norm_rms_epsilon", 1e-5f);
            kvF32("llama.rope.freq_base", 10000f);
            kvString("tokenizer.ggml.model", "llama");
            tokenArrays();
            kvU32("tokenizer.ggml.unknown_token_id", 0);
            kvU32("tokenizer.ggml.bos_token_id", 1);
            kvU32("tokenizer.ggml.eos_token_id", 2);
            kvBool("tokenizer.ggml.add_bos_token", true);
            kvBool("tokenizer.ggml.add_eos_token", false);
            if (chatTemplate != null) {
                kvString("tokenizer.chat_template", chatTemplate);
            }
        }

        /** tokens, scores (longer pieces merge first, as SentencePiece scores do) and types. */
        private void tokenArrays() throws IOException {
            string("tokenizer.ggml.tokens");
            u32(9);
            u32(8);
            u64(vocab.size());
            for (String token : vocab) {
                string(token);
            }
            string("tokenizer.ggml.scores");
            u32(9);
            u32(6);
            u64(vocab.size());
            for (int id = 0; id < vocab.size(); id++) {
                out.writeInt(Integer.reverseBytes(Float.floatToIntBits(
                        id < 259 ? 0f : -1000f / vocab.get(id).length())));
            }
            string("tokenizer.ggml.token_type");
            u32(9);
            u32(5);
            u64(vocab.size());
            for (int id = 0; id < vocab.size(); id++) {
                u32(id == 0 ? 2 : id < 3 ? 3 : id < 259 ? 6 : 1); // UNKNOWN, CONTROL, BYTE, NORMAL
            }
        }

        private Map<String, long[]> tensorShapes() {
            long kvWidth = (long) EMBEDDING * KV_HEADS / HEADS;
            Map<String, long[]> shapes = new LinkedHashMap<>();
            shapes.put("token_embd.weight", new long[] {EMBEDDING, vocab.size()});
            for (int layer = 0; layer < LAYERS; layer++) {
                String block = "blk." + layer + ".";
                shapes.put(block + "attn_norm.weight", new long[] {EMBEDDING});
                shapes.put(block + "attn_q.weight", new long[] {EMBEDDING, EMBEDDING});
                shapes.put(block + "attn_k.weight", new long[] {EMBEDDING, kvWidth});
                shapes.put(block + "attn_v.weight", new long[] {EMBEDDING, kvWidth});
                shapes.put(block + "attn_output.weight", new long[] {EMBEDDING, EMBEDDING});
                shapes.put(block + "ffn_norm.weight", new long[] {EMBEDDING});
                shapes.put(block + "ffn_gate.weight", new long[] {EMBEDDING, FEED_FORWARD});
                shapes.put(block + "ffn_down.weight", new long[] {FEED_FORWARD, EMBEDDING});
                shapes.put(block + "ffn_up.weight", new long[] {EMBEDDING, FEED_FORWARD});
            }
            shapes.put("output_norm.weight", new long[] {EMBEDDING});
            shapes.put("output.weight", new long[] {EMBEDDING, vocab.size()});
            return shapes;
        }

        /**
         * Norms are 1; other weights uniform in [-0.1, 0.1]. The output rows of unk, bos, eos and
         * the byte tokens are zero, so their logit is 0 and greedy decoding never picks them.
         */
        private void weights(String name, long count) throws IOException {
            boolean norm = name.endsWith("norm.weight");
            for (long i = 0; i < count; i++) {
                float value = norm ? 1f : (float) (random.nextDouble() * 0.2 - 0.1);
                if (name.equals("output.weight") && i / EMBEDDING < 259) {
                    value = 0f;
                }
                out.writeInt(Integer.reverseBytes(Float.floatToIntBits(value)));
            }
        }

        private void pad(long length) throws IOException {
            for (long i = length; i < align(length); i++) {
                out.writeByte(0);
            }
        }

        private static long align(long offset) {
            return (offset + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
        }

        private static long elements(long[] shape) {
            long count = 1;
            for (long dim : shape) {
                count *= dim;
            }
            return count;
        }

        private void kvString(String key, String value) throws IOException {
            string(key);
            u32(8);
            string(value);
        }

        private void kvU32(String key, long value) throws IOException {
            string(key);
            u32(4);
            u32(value);
        }

        private void kvF32(String key, float value) throws IOException {
            string(key);
            u32(6);
            out.writeInt(Integer.reverseBytes(Float.floatToIntBits(value)));
        }

        private void kvBool(String key, boolean value) throws IOException {
            string(key);
            u32(7);
            out.writeByte(value ? 1 : 0);
        }

        private void string(String value) throws IOException {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            u64(bytes.length);
            out.write(bytes);
        }

        private void u32(long value) throws IOException {
            out.writeInt(Integer.reverseBytes((int) value));
        }

        private void u64(long value) throws IOException {
            out.writeLong(Long.reverseBytes(value));
        }
    }
}
