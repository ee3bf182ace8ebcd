package io.segbot.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segbot.ErrorText;
import io.segbot.store.CustomerInputStore;
import io.segbot.store.Database;
import io.segbot.store.DatasetInfo;
import io.segbot.store.DatasetRepository;
import io.segbot.store.PurchaseStore;
import java.nio.file.Path;
import java.sql.Connection;
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

        public String datasetName() {
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
                        new TransactionsReader.OrderSink() {
                            @Override
                            public void accept(String customer, String order, int day, double amount) {
                                refuseImplausible(request.file(), customer, order, day);
                                writer.add(customer, order, day, amount); // the writer numbers customers
                            }

                            @Override
                            public void accept(String customer, int index, String order, int day, double amount) {
                                refuseImplausible(request.file(), customer, order, day);
                                writer.add(customer, index, order, day, amount);
                            }
                        });
            }
        });
    }

    // Every reader path passes through here, so no order outside the plausible dates is stored even
    // if a reader forgot the row-level check (which is the one that can name the line).
    private void refuseImplausible(Path file, String customer, String order, int epochDay) {
        if (epochDay >= dates.earliest().toEpochDay()
                && epochDay <= dates.latest().toEpochDay()) {
            return; // the usual case, decided without making a date
        }
        String problem = dates.problem(LocalDate.ofEpochDay(epochDay));
        if (problem != null) {
            throw new ImportException(
                    file,
                    "order '" + ErrorText.quote(order) + "' of customer '" + ErrorText.quote(customer) + "': "
                            + problem);
        }
    }

    public ImportSummary importCustomers(Request request) {
        return run(request, "customers", (c, source, id) -> {
            try (CustomerInputStore.Writer writer = new CustomerInputStore.Writer(c, id)) {
                return CustomersReader.read(
                        source, request.mapping(), request.onError(), request.datasetName(), writer::add);
            }
        });
    }

    /** The body of an import, given the open transaction, the checked file and the new dataset id. */
    @FunctionalInterface
    public interface Body {
        ImportSummary read(Connection connection, CsvSource source, long datasetId) throws SQLException;
    }

    /** Marks a dataset row whose file is still being hashed as it is read (never committed). */
    private static final String HASHING = "0".repeat(64);

    /**
     * Shared by every kind of import: conflict checks, one transaction, the dataset header. The
     * SHA-256 is computed while the body reads the file (transactions) or before; a file already
     * imported is refused once it is known, and the transaction then leaves nothing behind.
     */
    public ImportSummary run(Request request, String kind, Body body) {
        CsvSource source = CsvSource.open(request.file(), request.delimiter());
        String name = request.datasetName();
        Optional<DatasetInfo> sameName = datasets.findByName(name);
        if (!request.replace() && sameName.isPresent()) {
            refuseSameFile(request, source.checksum()); // the clearer message when it is the same file again
            throw new ImportException(
                    request.file(),
                    "dataset '" + name + "' already exists (imported from "
                            + sameName.get().sourceFile()
                            + "); use --replace to overwrite it or --dataset to choose another name");
        }
        if (!request.replace() && source.checksumKnown()) {
            refuseSameFile(request, source.checksum());
        }
        return database.inTransaction(c -> {
            if (sameName.isPresent()) {
                datasets.delete(c, sameName.get().id());
            }
            long id = datasets.create(
                    c,
                    name,
                    kind,
                    request.file().toAbsolutePath().toString(),
                    source.checksumKnown() ? source.checksum() : HASHING);
            ImportSummary summary = body.read(c, source, id);
            if (!request.replace()) {
                refuseSameFile(request, source.checksum());
            }
            ImportChecks.refuseEmptyOrOverflowing(request.file(), summary);
            datasets.checksum(c, id, source.checksum());
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

    private void refuseSameFile(Request request, String checksum) {
        datasets.findByChecksum(checksum).ifPresent(d -> {
            throw new ImportException(
                    request.file(),
                    "this file was already imported as dataset '" + d.name() + "' on " + d.importedAt()
                            + " (same SHA-256); re-run with --replace to import it again");
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
