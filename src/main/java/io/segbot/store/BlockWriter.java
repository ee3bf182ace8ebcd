package io.segbot.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Writes a block in exactly the bytes {@link DataOutputStream} over a {@link ByteArrayOutputStream}
 * would (big-endian numbers, modified UTF-8 strings with a two-byte length), into one growing
 * array without locks: those streams make a synchronized call per byte of every int, several per
 * order row, which added seconds to a 28M-row import. Not thread-safe; one writer per block being
 * built.
 */
public final class BlockWriter {
    private byte[] bytes;
    private int size;

    public BlockWriter(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    /** The {@link BlockFormat} header: marker and version. */
    public void header(int version) {
        writeByte(BlockFormat.MARKER);
        writeByte(version);
    }

    public void writeByte(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    public void writeBoolean(boolean value) {
        writeByte(value ? 1 : 0);
    }

    public void writeShort(int value) {
        ensure(2);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    public void writeInt(int value) {
        ensure(4);
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    /** An unsigned LEB128 varint: seven bits a byte, low bits first, the high bit set on all but the last. */
    public void writeVarint(int value) {
        ensure(5);
        while ((value & ~0x7F) != 0) {
            bytes[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    public void writeLong(long value) {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }

    public void writeDouble(double value) {
        writeLong(Double.doubleToLongBits(value));
    }

    /**
     * Modified UTF-8, as {@link DataOutputStream#writeUTF}: characters 1..127 as one byte each (the
     * usual id), anything else through DataOutputStream itself, which also refuses a string of more
     * than 65,535 encoded bytes.
     */
    public void writeUTF(String text) {
        int length = text.length();
        if (length <= 0xFFFF) {
            ensure(2 + length);
            int start = size + 2;
            int i = 0;
            while (i < length) {
                char c = text.charAt(i);
                if (c == 0 || c > 127) {
                    break;
                }
                bytes[start + i++] = (byte) c;
            }
            if (i == length) {
                bytes[size] = (byte) (length >>> 8);
                bytes[size + 1] = (byte) length;
                size = start + length;
                return;
            }
        }
        ByteArrayOutputStream encoded = new ByteArrayOutputStream(length * 3 + 2);
        try (DataOutputStream out = new DataOutputStream(encoded)) {
            out.writeUTF(text);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "a string of " + length + " characters cannot be stored: " + e.getMessage(), e);
        }
        byte[] utf = encoded.toByteArray();
        ensure(utf.length);
        System.arraycopy(utf, 0, bytes, size, utf.length);
        size += utf.length;
    }

    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Empties the writer, keeping its array for the next block. */
    public void reset() {
        size = 0;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
