package io.segbot.segmentation;

import io.segbot.segmentation.RunRecords.Customer;
import io.segbot.segmentation.RunRecords.CustomerColumns;
import io.segbot.store.BlockBytes;
import io.segbot.store.BlockFormat;
import io.segbot.store.BlockWriter;
import io.segbot.store.StoreException;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * Encodes a run's customers into blocks and back. A row is: id (modified UTF-8), recency, frequency
 * (ints), monetary (double), R, F, M (bytes), RFM score (double), RFM segment (UTF), cluster (int),
 * churn risk (UTF), CLV index and horizon CLV (doubles), value tier (UTF), then P(alive), expected
 * purchases in 90 and 365 days and predicted CLV (doubles, NaN when no model was fitted).
 *
 * <p>Version 1 is that layout without a header; version 2 is the same layout after a {@link
 * BlockFormat} header. A field added later gets version 3 and a branch in {@link #decode}.
 */
final class CustomerBlocks {
    static final int BLOCK_ROWS = 4_096;
    static final int VERSION = 2;

    private CustomerBlocks() {}

    static byte[] encode(CustomerColumns cc, int from, int to) {
        BlockWriter out = new BlockWriter((to - from) * 96);
        out.header(VERSION);
        for (int row = from; row < to; row++) {
            out.writeUTF(cc.ids()[row]);
            out.writeInt(cc.recencyDays()[row]);
            out.writeInt(cc.frequency()[row]);
            out.writeDouble(cc.monetary()[row]);
            out.writeByte(cc.r()[row]);
            out.writeByte(cc.f()[row]);
            out.writeByte(cc.m()[row]);
            out.writeDouble(cc.rfmScore()[row]);
            out.writeUTF(cc.rfmSegment()[row]);
            out.writeInt(cc.cluster()[row]);
            out.writeUTF(cc.churnRisk()[row]);
            out.writeDouble(cc.clvIndex()[row]);
            out.writeDouble(cc.clvHorizon()[row]);
            out.writeUTF(cc.valueTier()[row]);
            out.writeDouble(cc.pAlive() == null ? Double.NaN : cc.pAlive()[row]);
            out.writeDouble(cc.expected90() == null ? Double.NaN : cc.expected90()[row]);
            out.writeDouble(cc.expected365() == null ? Double.NaN : cc.expected365()[row]);
            out.writeDouble(cc.predictedClv() == null ? Double.NaN : cc.predictedClv()[row]);
        }
        return out.toByteArray();
    }

    static void decode(int count, byte[] block, Consumer<Customer> visitor) {
        ByteBuffer in = ByteBuffer.wrap(block);
        try {
            // versions 1 and 2 share the row layout; only the header differs
            in.position(BlockFormat.headerLength(block, VERSION, "customer scores"));
            for (int i = 0; i < count; i++) {
                visitor.accept(new Customer(
                        BlockBytes.utf(block, in),
                        in.getInt(),
                        in.getInt(),
                        in.getDouble(),
                        in.get(),
                        in.get(),
                        in.get(),
                        in.getDouble(),
                        BlockBytes.utf(block, in),
                        in.getInt(),
                        BlockBytes.utf(block, in),
                        in.getDouble(),
                        in.getDouble(),
                        BlockBytes.utf(block, in),
                        orNull(in.getDouble()),
                        orNull(in.getDouble()),
                        orNull(in.getDouble()),
                        orNull(in.getDouble())));
            }
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IOException e) {
            throw new StoreException("a stored block of customer scores is corrupt: " + e.getMessage(), e);
        }
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
