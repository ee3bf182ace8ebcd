package io.segbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockWriterTest {
    /** Plain ASCII, empty, the NUL character (two bytes in modified UTF-8), accents, CJK, an emoji. */
    private static final List<String> TEXTS =
            List.of("C-00042", "", "a\u0000b", "Zoë Müller", "顧客", "🛒 cart", "x".repeat(70_000 / 2));

    @Test
    void writes_the_same_bytes_as_data_output_stream() throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        BlockWriter actual = new BlockWriter(1);
        try (DataOutputStream out = new DataOutputStream(expected)) {
            out.writeByte(0xFF);
            out.writeByte(2);
            actual.header(2);
            for (String text : TEXTS) {
                out.writeUTF(text);
                actual.writeUTF(text);
                out.writeInt(-123_456_789);
                actual.writeInt(-123_456_789);
                out.writeDouble(-0.1);
                actual.writeDouble(-0.1);
                out.writeDouble(Double.NaN);
                actual.writeDouble(Double.NaN);
                out.writeLong(Long.MIN_VALUE + 7);
                actual.writeLong(Long.MIN_VALUE + 7);
                out.writeBoolean(true);
                actual.writeBoolean(true);
                out.writeShort(0xBEEF);
                actual.writeShort(0xBEEF);
                out.writeByte(-3);
                actual.writeByte(-3);
            }
        }
        assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
        assertThat(actual.size()).isEqualTo(expected.size());
    }

    @Test
    void block_bytes_reads_back_every_string_it_wrote() throws IOException {
        BlockWriter writer = new BlockWriter(16);
        TEXTS.forEach(writer::writeUTF);
        byte[] block = writer.toByteArray();
        ByteBuffer in = ByteBuffer.wrap(block);
        for (String text : TEXTS) {
            assertThat(BlockBytes.utf(block, in)).isEqualTo(text);
        }
        assertThat(in.remaining()).isZero();
    }

    @Test
    void a_string_longer_than_65535_encoded_bytes_is_refused_as_data_output_stream_refuses_it() {
        BlockWriter writer = new BlockWriter(16);
        assertThatThrownBy(() -> writer.writeUTF("é".repeat(40_000)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("40000 characters cannot be stored");
    }

    @Test
    void reset_keeps_nothing_of_the_previous_block() {
        BlockWriter writer = new BlockWriter(4);
        writer.writeInt(1);
        writer.reset();
        writer.writeByte(9);
        assertThat(writer.toByteArray()).containsExactly(9);
    }

    @Test
    void a_string_running_past_the_block_is_reported_not_read_beyond() {
        byte[] block = {0, 10, 'a', 'b'};
        assertThatThrownBy(() -> BlockBytes.utf(block, ByteBuffer.wrap(block)))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("a string of 10 bytes at 2 runs past the block's 4 bytes");
    }
}
