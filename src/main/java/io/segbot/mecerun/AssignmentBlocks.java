package io.segbot.mecerun;

import io.segbot.mecerun.MeceRunRecords.Assignment;
import io.segbot.mecerun.MeceRunRecords.AssignmentSource;
import io.segbot.store.BlockBytes;
import io.segbot.store.BlockFormat;
import io.segbot.store.BlockWriter;
import io.segbot.store.StoreException;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Encodes a MECE run's assignments into blocks and back. A run has a few dozen bucket combinations
 * and segments but up to millions of users, so each block starts with a dictionary of the distinct
 * strings it uses. After the {@link BlockFormat} header: the dictionary size (int) and its strings
 * (modified UTF-8), then per row the user id (UTF), the bucket combination and the final segment as
 * dictionary indexes (ints, -1 for an unassigned user).
 *
 * <p>Versioned from its first day, so it starts at version 2, like {@link CartBlocks}.
 */
final class AssignmentBlocks {
    static final int BLOCK_ROWS = 4_096;
    static final int VERSION = 2;

    private AssignmentBlocks() {}

    static byte[] encode(AssignmentSource source, int from, int to) {
        Map<String, Integer> dictionary = new HashMap<>();
        List<String> words = new ArrayList<>();
        int[] combos = new int[to - from];
        int[] segments = new int[to - from];
        for (int row = from; row < to; row++) {
            combos[row - from] = index(source.bucketCombo(row), dictionary, words);
            segments[row - from] = index(source.finalSegment(row), dictionary, words);
        }
        BlockWriter out = new BlockWriter((to - from) * 24);
        out.header(VERSION);
        out.writeInt(words.size());
        for (String word : words) {
            out.writeUTF(word);
        }
        for (int row = from; row < to; row++) {
            out.writeUTF(source.userId(row));
            out.writeInt(combos[row - from]);
            out.writeInt(segments[row - from]);
        }
        return out.toByteArray();
    }

    private static int index(String word, Map<String, Integer> dictionary, List<String> words) {
        if (word == null) {
            return -1;
        }
        return dictionary.computeIfAbsent(word, w -> {
            words.add(w);
            return words.size() - 1;
        });
    }

    static void decode(int count, byte[] block, Consumer<Assignment> visitor) {
        ByteBuffer in = ByteBuffer.wrap(block);
        try {
            in.position(BlockFormat.headerLength(block, VERSION, "MECE assignments"));
            String[] words = new String[in.getInt()];
            for (int i = 0; i < words.length; i++) {
                words[i] = BlockBytes.utf(block, in);
            }
            for (int i = 0; i < count; i++) {
                String userId = BlockBytes.utf(block, in);
                int combo = in.getInt();
                int segment = in.getInt();
                visitor.accept(
                        new Assignment(userId, combo < 0 ? null : words[combo], segment < 0 ? null : words[segment]));
            }
        } catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException | IOException e) {
            throw new StoreException("a stored block of MECE assignments is damaged: " + e.getMessage(), e);
        }
    }
}
