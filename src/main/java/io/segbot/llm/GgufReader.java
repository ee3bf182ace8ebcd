package io.segbot.llm;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the header of a GGUF file (magic, version, metadata, tensor infos) without touching the
 * weights. The layout follows ggml/docs/gguf.md in the llama.cpp repository: all integers
 * little-endian, strings as uint64 length + UTF-8 bytes, tensor infos after the metadata. Cheap
 * (it reads the header only), so it also answers "is this file a GGUF at all" before llama.cpp,
 * which aborts less politely, is asked to load it.
 */
public final class GgufReader {
    private static final int MAX_DIMS = 4; // GGML_MAX_DIMS
    private static final long MAX_STRING = 64L << 20;

    private final InputStream in;
    private final long fileSize;
    private final Path path;
    private long position;

    private GgufReader(InputStream in, long fileSize, Path path) {
        this.in = in;
        this.fileSize = fileSize;
        this.path = path;
    }

    /** Reads the header of {@code path}; throws {@link ModelLoadException} saying what is wrong. */
    public static GgufMetadata read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ModelLoadException("model file " + path + " does not exist or is not a regular file");
        }
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            return new GgufReader(stream, Files.size(path), path).readHeader();
        } catch (EOFException e) {
            throw new ModelLoadException(path + " is truncated: it ends inside the GGUF header", e);
        } catch (IOException e) {
            throw new ModelLoadException("cannot read model file " + path + ": " + e.getMessage(), e);
        }
    }

    private GgufMetadata readHeader() throws IOException {
        byte[] magic = in.readNBytes(4);
        position += magic.length;
        if (!"GGUF".equals(new String(magic, StandardCharsets.ISO_8859_1))) {
            throw new ModelLoadException(path + " is not a GGUF file: it starts with " + printable(magic)
                    + " where a GGUF file starts with \"GGUF\"");
        }
        long version = u32();
        if (version != 2 && version != 3) {
            throw new ModelLoadException(path + " is GGUF version " + version
                    + "; llama.cpp reads versions 2 and 3 (convert the model again with a recent llama.cpp)");
        }
        long tensorCount = count("tensor count");
        long kvCount = count("metadata count");
        Map<String, Object> values = new LinkedHashMap<>();
        for (long i = 0; i < kvCount; i++) {
            String key = string();
            values.put(key, value(u32()));
        }
        long parameters = 0;
        Map<String, Long> byType = new TreeMap<>();
        for (long i = 0; i < tensorCount; i++) {
            long elements = tensorInfo();
            long type = u32();
            u64(); // offset into the data section
            parameters += elements;
            byType.merge(GgmlTypes.tensorTypeName(type), elements, Long::sum);
        }
        return new GgufMetadata((int) version, values, tensorCount, parameters, byType);
    }

    private long tensorInfo() throws IOException {
        String name = string();
        long dims = u32();
        if (dims < 1 || dims > MAX_DIMS) {
            throw new ModelLoadException(
                    path + ": tensor " + name + " has " + dims + " dimensions; GGUF allows 1 to " + MAX_DIMS);
        }
        long elements = 1;
        for (int d = 0; d < dims; d++) {
            elements = Math.multiplyExact(elements, count("dimension of tensor " + name));
        }
        return elements;
    }

    private Object value(long type) throws IOException {
        return switch ((int) type) {
            case 0 -> (long) u8();
            case 1 -> (long) (byte) u8();
            case 2 -> (long) u16();
            case 3 -> (long) (short) u16();
            case 4 -> u32();
            case 5 -> (long) (int) u32();
            case 6 -> (double) Float.intBitsToFloat((int) u32());
            case 7 -> u8() != 0;
            case 8 -> string();
            case 9 -> array();
            case 10, 11 -> u64();
            case 12 -> Double.longBitsToDouble(u64());
            default -> throw new ModelLoadException(
                    path + ": unknown GGUF value type " + type + " at byte " + position);
        };
    }

    private GgufMetadata.ArraySummary array() throws IOException {
        long elementType = u32();
        long length = count("array length");
        for (long i = 0; i < length; i++) {
            value(elementType);
        }
        return new GgufMetadata.ArraySummary(typeName(elementType), length);
    }

    private static String typeName(long type) {
        String[] names = {
            "uint8", "int8", "uint16", "int16", "uint32", "int32", "float32", "bool", "string", "array", "uint64",
            "int64", "float64"
        };
        return type >= 0 && type < names.length ? names[(int) type] : "type_" + type;
    }

    private String string() throws IOException {
        long length = u64();
        if (length >= 0 && length <= MAX_STRING && position + length > fileSize) {
            throw new EOFException();
        }
        if (length < 0 || length > MAX_STRING) {
            throw new ModelLoadException(path + ": implausible string length " + length + " at byte " + position
                    + " (file has " + fileSize + " bytes); the file is corrupt or not a GGUF");
        }
        byte[] bytes = in.readNBytes((int) length);
        if (bytes.length != length) {
            throw new EOFException();
        }
        position += length;
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A uint64 used as a count: it cannot exceed the file size in any valid file. */
    private long count(String what) throws IOException {
        long value = u64();
        if (value < 0 || value > fileSize) {
            throw new ModelLoadException(path + ": implausible " + what + " " + Long.toUnsignedString(value)
                    + " (file has " + fileSize + " bytes); the file is corrupt or not a GGUF");
        }
        return value;
    }

    private int u8() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        position++;
        return b;
    }

    private int u16() throws IOException {
        return u8() | (u8() << 8);
    }

    private long u32() throws IOException {
        return (u16() & 0xFFFFL) | ((long) u16() << 16);
    }

    private long u64() throws IOException {
        return u32() | (u32() << 32);
    }

    private static String printable(byte[] bytes) {
        StringBuilder text = new StringBuilder("\"");
        for (byte b : bytes) {
            text.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02X", b & 0xff));
        }
        return text.append('"').toString();
    }
}
