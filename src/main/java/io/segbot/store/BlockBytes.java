package io.segbot.store;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reading the blocks that {@link java.io.DataOutputStream} wrote, from a {@link ByteBuffer} over the
 * block's bytes (big-endian, as DataOutputStream writes): a {@code DataInputStream} over a {@code
 * ByteArrayInputStream} makes a synchronized call per byte, which was a fifth of loading a million
 * cart abandoners.
 */
public final class BlockBytes {
    private BlockBytes() {}

    /** Reads a modified-UTF-8 string (length-prefixed); ASCII, the usual case, without a decoder. */
    public static String utf(byte[] block, ByteBuffer in) throws IOException {
        int start = in.position();
        int length = in.getShort() & 0xFFFF;
        if (ascii(block, start + 2, length)) {
            in.position(start + 2 + length);
            // modified UTF-8 never writes a 0 byte, so bytes 1..127 are exactly those characters
            return new String(block, start + 2, length, StandardCharsets.ISO_8859_1);
        }
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(block, start, length + 2));
        in.position(start + 2 + length);
        return data.readUTF();
    }

    /** Reads what {@link BlockWriter#writeVarint} wrote. */
    public static int varint(ByteBuffer in) {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            byte b = in.get();
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IndexOutOfBoundsException("a varint longer than five bytes");
    }

    public static boolean ascii(byte[] block, int from, int length) {
        if (from + length > block.length) {
            throw new IndexOutOfBoundsException("a string of " + length + " bytes at " + from
                    + " runs past the block's " + block.length + " bytes");
        }
        for (int i = from; i < from + length; i++) {
            if (block[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
