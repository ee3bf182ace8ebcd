package io.segbot.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segbot.ErrorText;
import io.segbot.store.Database;
import io.segbot.store.DatasetInfo;
import io.segbot.store.DatasetRepository;
import io.segbot.store.PurchaseStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports a file as one database transaction: on any error the database is exactly as it was. A
 * file already imported (same SHA-256) or a dataset name already taken is refused unless {@code
 * replace} is set.
 */
public final class Importer {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The longest dataset name the database holds (dataset.name VARCHAR(200)). */
    public static final int MAX_NAME = 200;

    private final Database database;
    private final DatasetRepository datasets;
    private final DateRange dates;

    public Importer(Database database) {
        this(database, DateRange.untilToday(null));
    }

    /** @param dates the plausible order dates; orders outside are refused (or skipped and listed) */
    public Importer(Database database, DateRange dates) {
        this.database = database;
        this.datasets = new DatasetRepository(database);
        this.dates = Objects.requireNonNull(dates, "dates");
    }

    /**
     * @param dataset the dataset name, or null for the file's base name
     * @param delimiter the field separator, usually ','
     */
    public record Request(
            Path file, String dataset, boolean replace, OnError onError, ColumnMapping mapping, char delimiter) {
        public Request {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(onError, "onError");
            Objects.requireNonNull(mapping, "mapping");
            if (dataset != null && dataset.isBlank()) {
                throw new IllegalArgumentException("--dataset must not be blank");
            }
            if (dataset != null && dataset.strip().length() > MAX_NAME) {
                throw new IllegalArgumentException(
                        "--dataset is " + dataset.strip().length() + " characters long; use at most " + MAX_NAME);
            }
        }

        public static Request of(Path file) {
            return new Request(file, null, false, OnError.FAIL, ColumnMapping.automatic(), ',');
        }

        String datasetName() {
            if (dataset != null) {
                return dataset.trim();
            }
            String base = file.getFileName().toString();
            int dot = base.lastIndexOf('.');
            return dot > 0 ? base.substring(0, dot) : base;
        }
    }

    public ImportSummary importTransactions(Request request) {
        return run(request, "transactions", (c, source, id) -> {
            try (PurchaseStore.Writer writer = new PurchaseStore.Writer(c, id)) {
                return TransactionsReader.read(
                        source,
                        request.mapping(),
                        request.onError(),
                        request.datasetName(),
                        dates,
                        (customer, order, date, amount) -> {
                            refuseImplausible(request.file(), customer, order, date);
                            writer.add(customer, order, date, amount);
                        });
            }
        });
    }

    // Every reader path passes through here, so no order outside the plausible dates is stored even
    // if a reader forgot the row-level check (which is the one that can name the line).
    private void refuseImplausible(Path file, String customer, String order, LocalDate date) {
        String problem = dates.problem(date);
        if (problem != null) {
            throw new ImportException(
                    file,
                    "order '" + ErrorText.quote(order) + "' of customer '" + ErrorText.quote(customer) + "': "
                            + problem);
        }
    }

    public ImportSummary importCustomers(Request request) {
        return run(request, "customers", (c, source, id) -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO customer_input"
                            + " (dataset_id, customer_id, recency_days, frequency, monetary, segment) VALUES (?, ?, ?, ?, ?, ?)")) {
                ImportSummary summary = CustomersReader.read(
                        source,
                        request.mapping(),
                        request.onError(),
                        request.datasetName(),
                        (customer, recency, frequency, monetary, segment) -> {
                            try {
                                insert.setLong(1, id);
                                insert.setString(2, customer);
                                insert.setInt(3, recency);
                                insert.setInt(4, frequency);
                                insert.setDouble(5, monetary);
                                insert.setString(6, segment);
                                insert.addBatch();
                            } catch (SQLException e) {
                                throw new io.segbot.store.StoreException("writing customer " + customer + " failed", e);
                            }
                        });
                insert.executeBatch();
                return summary;
            }
        });
    }

    /** The body of an import, given the open transaction, the checked file and the new dataset id. */
    @FunctionalInterface
    public interface Body {
        ImportSummary read(Connection connection, CsvSource source, long datasetId) throws SQLException;
    }

    /** Shared by every kind of import: conflict checks, one transaction, the dataset header. */
    public ImportSummary run(Request request, String kind, Body body) {
        CsvSource source = CsvSource.open(request.file(), request.delimiter());
        String name = request.datasetName();
        Optional<DatasetInfo> sameName = datasets.findByName(name);
        Optional<DatasetInfo> sameFile = datasets.findByChecksum(source.checksum());
        if (!request.replace()) {
            sameFile.ifPresent(d -> {
                throw new ImportException(
                        request.file(),
                        "this file was already imported as dataset '" + d.name() + "' on " + d.importedAt()
                                + " (same SHA-256); re-run with --replace to import it again");
            });
            sameName.ifPresent(d -> {
                throw new ImportException(
                        request.file(),
                        "dataset '" + name + "' already exists (imported from " + d.sourceFile()
                                + "); use --replace to overwrite it or --dataset to choose another name");
            });
        }
        return database.inTransaction(c -> {
            if (sameName.isPresent()) {
                datasets.delete(c, sameName.get().id());
            }
            long id = datasets.create(
                    c, name, kind, request.file().toAbsolutePath().toString(), source.checksum());
            ImportSummary summary = body.read(c, source, id);
            ImportChecks.refuseEmptyOrOverflowing(request.file(), summary);
            datasets.complete(
                    c,
                    id,
                    summary.rowsRead(),
                    summary.rowsImported(),
                    summary.customers(),
                    summary.firstDate(),
                    summary.lastDate(),
                    summary.revenue(),
                    json(summary));
            return summary;
        });
    }

    private static String json(ImportSummary summary) {
        try {
            return JSON.writeValueAsString(summary.excluded());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings to counts always serialises", e);
        }
    }
}
