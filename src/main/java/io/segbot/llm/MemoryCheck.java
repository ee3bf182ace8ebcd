package io.segbot.llm;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Refuses to load a model that cannot fit: llama.cpp would otherwise swap the machine to a halt
 * or be killed by the OOM killer, neither of which is a clear error.
 */
final class MemoryCheck {
    /** Compute buffers and the runtime beside weights and KV cache: a conservative round figure. */
    static final long OVERHEAD_BYTES = 128L << 20;

    private MemoryCheck() {}

    /**
     * Bytes needed: the weights (mmapped, so about the file size), the f16 KV cache (keys and
     * values: 2 x layers x context x kv-width x 2 bytes, where kv-width = embedding x kv-heads /
     * heads) and {@link #OVERHEAD_BYTES}.
     */
    static long requiredBytes(long fileSize, GgufMetadata metadata, int contextSize) {
        String arch = metadata.architecture();
        long layers = metadata.blockCount().orElse(0L);
        long embedding = metadata.embeddingLength().orElse(0L);
        long heads = metadata.number(arch + ".attention.head_count").orElse(1L);
        long kvHeads = metadata.number(arch + ".attention.head_count_kv").orElse(heads);
        long kvWidth = heads > 0 ? embedding * kvHeads / heads : embedding;
        long kvCache = 2L * layers * contextSize * kvWidth * 2L;
        return fileSize + kvCache + OVERHEAD_BYTES;
    }

    /** Memory the OS can give without swapping: MemAvailable on Linux, else the JVM's view of free memory. */
    static long availableBytes() {
        Path meminfo = Path.of("/proc/meminfo");
        if (Files.isReadable(meminfo)) {
            try {
                List<String> lines = Files.readAllLines(meminfo);
                for (String line : lines) {
                    if (line.startsWith("MemAvailable:")) {
                        String kb = line.substring("MemAvailable:".length())
                                .replace("kB", "")
                                .strip();
                        return Long.parseLong(kb) * 1024;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // fall through to the JVM's figure
            }
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean bean) {
            return bean.getFreeMemorySize();
        }
        return Long.MAX_VALUE;
    }

    static String human(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
    }
}
