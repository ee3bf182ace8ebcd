package io.segbot.mecerun;

import io.segbot.ingest.CsvSource;
import io.segbot.ingest.ImportSummary;
import io.segbot.ingest.Importer;
import io.segbot.ingest.OnError;
import io.segbot.mece.CartAbandoner;
import io.segbot.mece.CartTable;
import io.segbot.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;

/** Cart-abandoner files into the store (all or nothing) or straight into memory. */
public final class CartAbandonerImport {
    /** The dataset kind stored in {@code dataset.kind}. */
    public static final String KIND = "cart_abandoners";

    private CartAbandonerImport() {}

    /**
     * Imports a file as one dataset in one transaction.
     *
     * @param importDate dates after it are refused as future dates
     */
    public static ImportSummary importFile(Database database, Importer.Request request, LocalDate importDate) {
        return new Importer(database).run(request, KIND, (connection, source, datasetId) -> {
            try (CartAbandonerStore.Writer writer = new CartAbandonerStore.Writer(connection, datasetId)) {
                return CartAbandonersReader.read(
                        source, request.onError(), request.datasetName(), importDate, row -> writer.add(toRow(row)));
            }
        });
    }

    /** A file read into memory without the store, refusing any bad row; the checksum is the file's. */
    public record Loaded(CartTable table, String checksum, ImportSummary summary) {}

    public static Loaded readFile(Path file, LocalDate importDate) {
        CsvSource source = CsvSource.open(file, ',');
        CartTable.Builder table = new CartTable.Builder(1024);
        ImportSummary summary = CartAbandonersReader.read(
                source, OnError.FAIL, file.getFileName().toString(), importDate, table::add);
        return new Loaded(table.build(), source.checksum(), summary);
    }

    /** The stored form of a row. */
    public static CartAbandonerStore.Row toRow(CartAbandoner row) {
        return new CartAbandonerStore.Row(
                row.userId(),
                row.cartAbandonedDate(),
                row.lastOrderDate(),
                row.avgOrderValue(),
                row.sessionsLast30d(),
                row.numCartItems(),
                row.engagementScore(),
                row.profitabilityScore(),
                row.converted(),
                row.group() == null ? null : row.group().csvName());
    }

    /** A stored row back as a validated record. */
    public static CartAbandoner fromRow(CartAbandonerStore.Row row) {
        return new CartAbandoner(
                row.userId(),
                row.cartAbandonedDate(),
                row.lastOrderDate(),
                row.avgOrderValue(),
                row.sessionsLast30d(),
                row.numCartItems(),
                row.engagementScore(),
                row.profitabilityScore(),
                row.converted(),
                row.group() == null ? null : io.segbot.mece.CampaignGroup.parse(row.group()));
    }
}
