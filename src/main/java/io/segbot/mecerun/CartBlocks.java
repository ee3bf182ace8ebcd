package io.segbot.mecerun;

import io.segbot.mecerun.CartAbandonerStore.Row;
import io.segbot.store.BlockBytes;
import io.segbot.store.BlockFormat;
import io.segbot.store.BlockWriter;
import io.segbot.store.StoreException;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Encodes cart-abandoner rows into blocks and back. After the {@link BlockFormat} header, a row is:
 * user id (modified UTF-8), cart-abandoned date (epoch day, int), a byte of presence flags (bit i set
 * when optional field i is present), then the present optional fields in order: last order date
 * (epoch day), average order value (double), sessions in the last 30 days (int), cart items (int),
 * engagement score (double), profitability score (double), converted (boolean), campaign group (UTF).
 *
 * <p>This block kind was versioned from its first day, so it starts at version 2 (the version the
 * other block kinds reached when the header was introduced); there is no version 1 of it.
 */
final class CartBlocks {
    static final int BLOCK_ROWS = 4_096;
    static final int VERSION = 2;

    private CartBlocks() {}

    static byte[] encode(List<Row> rows) {
        BlockWriter out = new BlockWriter(rows.size() * 64);
        out.header(VERSION);
        for (Row row : rows) {
            out.writeUTF(row.userId());
            out.writeInt((int) row.cartAbandonedDate().toEpochDay());
            out.writeByte(flags(row));
            if (row.lastOrderDate() != null) {
                out.writeInt((int) row.lastOrderDate().toEpochDay());
            }
            if (row.avgOrderValue() != null) {
                out.writeDouble(row.avgOrderValue());
            }
            if (row.sessionsLast30d() != null) {
                out.writeInt(row.sessionsLast30d());
            }
            if (row.numCartItems() != null) {
                out.writeInt(row.numCartItems());
            }
            if (row.engagementScore() != null) {
                out.writeDouble(row.engagementScore());
            }
            if (row.profitabilityScore() != null) {
                out.writeDouble(row.profitabilityScore());
            }
            if (row.converted() != null) {
                out.writeBoolean(row.converted());
            }
            if (row.group() != null) {
                out.writeUTF(row.group());
            }
        }
        return out.toByteArray();
    }

    /** Bit i set when optional field i is present; no allocation, as this runs once per row imported. */
    private static int flags(Row row) {
        return bit(row.lastOrderDate(), 0)
                | bit(row.avgOrderValue(), 1)
                | bit(row.sessionsLast30d(), 2)
                | bit(row.numCartItems(), 3)
                | bit(row.engagementScore(), 4)
                | bit(row.profitabilityScore(), 5)
                | bit(row.converted(), 6)
                | bit(row.group(), 7);
    }

    private static int bit(Object field, int index) {
        return field == null ? 0 : 1 << index;
    }

    static void decode(int count, byte[] block, Consumer<Row> visitor) {
        ByteBuffer in = ByteBuffer.wrap(block);
        try {
            in.position(BlockFormat.headerLength(block, VERSION, "cart abandoners"));
            for (int i = 0; i < count; i++) {
                String userId = BlockBytes.utf(block, in);
                LocalDate abandoned = LocalDate.ofEpochDay(in.getInt());
                int flags = in.get() & 0xFF;
                visitor.accept(new Row(
                        userId,
                        abandoned,
                        has(flags, 0) ? LocalDate.ofEpochDay(in.getInt()) : null,
                        has(flags, 1) ? in.getDouble() : null,
                        has(flags, 2) ? in.getInt() : null,
                        has(flags, 3) ? in.getInt() : null,
                        has(flags, 4) ? in.getDouble() : null,
                        has(flags, 5) ? in.getDouble() : null,
                        has(flags, 6) ? in.get() != 0 : null,
                        has(flags, 7) ? BlockBytes.utf(block, in) : null));
            }
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IOException e) {
            throw new StoreException("a stored block of cart abandoners is damaged: " + e.getMessage(), e);
        }
    }

    private static boolean has(int flags, int bit) {
        return (flags & (1 << bit)) != 0;
    }
}
