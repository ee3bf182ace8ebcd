package io.segbot.mecerun;

import io.segbot.ErrorText;
import io.segbot.ingest.CsvProblems;
import io.segbot.ingest.CsvSource;
import io.segbot.ingest.ImportException;
import io.segbot.ingest.ImportSummary;
import io.segbot.ingest.OnError;
import io.segbot.ingest.Values;
import io.segbot.mece.CampaignGroup;
import io.segbot.mece.CartAbandoner;
import io.segbot.mece.CartCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a cart-abandoner file (the {@link CartCsv#COLUMNS} schema, plus optional {@code converted}
 * and {@code group}) and streams validated rows to a sink. Every schema column must be in the
 * header; an empty cell is a missing value (the user goes to the {@code Other} tier), except
 * user_id and cart_abandoned_date, which are required. Bad cells are errors with their line:
 * non-numbers, negatives, scores outside [0, 1], fractional counts, dates after the import date,
 * converted other than 0/1, an unknown group, a user id seen before.
 */
public final class CartAbandonersReader {
    public static final String LAYOUT = "cart abandoners";

    private CartAbandonersReader() {}

    /**
     * @param importDate the day the data is taken as of: later dates are refused as future dates
     */
    public static ImportSummary read(
            CsvSource source, OnError onError, String dataset, LocalDate importDate, Consumer<CartAbandoner> sink) {
        Objects.requireNonNull(importDate, "importDate");
        try (CSVParser parser = source.parse()) {
            CsvProblems.refuseDuplicateNames(source, parser.getHeaderNames());
            requireColumns(source, parser.getHeaderNames());
            boolean campaign = parser.getHeaderNames().containsAll(CartCsv.CAMPAIGN_COLUMNS);
            Pass pass = new Pass(source, onError.tally(source.file()), importDate, campaign, sink);
            for (CSVRecord record : parser) {
                pass.row(record, record.getRecordNumber() + 1);
            }
            if (pass.rowsRead == 0) {
                throw new ImportException(source.file(), "the file has a header but no data rows");
            }
            return pass.summary(dataset);
        } catch (IOException | UncheckedIOException e) {
            throw CsvProblems.explain(source, e);
        }
    }

    private static void requireColumns(CsvSource source, List<String> headers) {
        List<String> missing =
                CartCsv.COLUMNS.stream().filter(c -> !headers.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportException(
                    source.file(),
                    1,
                    null,
                    "missing column(s) " + missing + "; a cart-abandoner file needs " + CartCsv.COLUMNS
                            + " (optional: converted, group); found " + ErrorText.quote(headers.toString()));
        }
        boolean someCampaign = CartCsv.CAMPAIGN_COLUMNS.stream().anyMatch(headers::contains);
        if (someCampaign && !headers.containsAll(CartCsv.CAMPAIGN_COLUMNS)) {
            throw new ImportException(
                    source.file(), 1, null, "campaign history needs both 'converted' and 'group' columns");
        }
    }

    /** One pass over the rows. */
    private static final class Pass {
        private final CsvSource source;
        private final OnError.Tally tally;
        private final LocalDate importDate;
        private final boolean campaign;
        private final Consumer<CartAbandoner> sink;
        private final Map<String, Long> lineOfUser = new HashMap<>();
        private long rowsRead;
        private long rowsImported;
        private LocalDate first;
        private LocalDate last;

        Pass(
                CsvSource source,
                OnError.Tally tally,
                LocalDate importDate,
                boolean campaign,
                Consumer<CartAbandoner> sink) {
            this.source = source;
            this.tally = tally;
            this.importDate = importDate;
            this.campaign = campaign;
            this.sink = sink;
        }

        void row(CSVRecord record, long line) {
            rowsRead++;
            if (!record.isConsistent()) {
                tally.reject(
                        line,
                        null,
                        "expected " + record.getParser().getHeaderNames().size() + " fields, found " + record.size());
                return;
            }
            if (CsvProblems.repeatsHeader(record.values(), record.getParser().getHeaderNames())) {
                tally.reject(line, null, CsvProblems.REPEATED_HEADER);
                return;
            }
            CartAbandoner row;
            try {
                row = new Cells(record, line, importDate).abandoner(campaign);
            } catch (BadCell bad) {
                tally.reject(line, bad.column, bad.getMessage());
                return;
            }
            Long earlier = lineOfUser.putIfAbsent(row.userId(), line);
            if (earlier != null) {
                tally.reject(
                        line,
                        "user_id",
                        "user '" + ErrorText.quote(row.userId()) + "' already appeared on line " + earlier
                                + "; a cart-abandoner file has one row per user");
                return;
            }
            rowsImported++;
            LocalDate day = row.cartAbandonedDate();
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
            sink.accept(row);
        }

        ImportSummary summary(String dataset) {
            return new ImportSummary(
                    dataset,
                    LAYOUT,
                    rowsRead,
                    rowsImported,
                    Map.of(),
                    tally.listed(),
                    tally.count(),
                    rowsImported,
                    rowsImported,
                    first,
                    last,
                    0);
        }
    }

    /** A cell that cannot be used: the column and what is wrong with it. */
    private static final class BadCell extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String column;

        BadCell(String column, String problem) {
            super(problem, null, false, false);
            this.column = column;
        }
    }

    /** The cells of one record, parsed and checked. */
    private record Cells(CSVRecord record, long line, LocalDate importDate) {
        CartAbandoner abandoner(boolean campaign) {
            String userId = Values.customerId(record.get("user_id"));
            if (userId.isEmpty()) {
                throw new BadCell("user_id", "user_id is empty");
            }
            LocalDate abandoned = date("cart_abandoned_date", true);
            CartAbandoner row = new CartAbandoner(
                    userId,
                    abandoned,
                    date("last_order_date", false),
                    number("avg_order_value", false),
                    count("sessions_last_30d"),
                    count("num_cart_items"),
                    number("engagement_score", true),
                    number("profitability_score", true),
                    campaign ? converted() : null,
                    campaign ? group() : null);
            return row;
        }

        private LocalDate date(String column, boolean required) {
            String text = record.get(column).trim();
            if (text.isEmpty()) {
                if (required) {
                    throw new BadCell(column, column + " is empty; every row needs the day the cart was abandoned");
                }
                return null;
            }
            LocalDate date = Values.date(text);
            if (date == null) {
                throw new BadCell(column, "expected " + Values.DATE_FORMS + ", got '" + ErrorText.quote(text) + "'");
            }
            if (date.isAfter(importDate)) {
                throw new BadCell(
                        column,
                        "date " + date + " is in the future of the import date " + importDate
                                + " (pass --as-of if the data is newer)");
            }
            return date;
        }

        private Double number(String column, boolean share) {
            String text = record.get(column).trim();
            if (text.isEmpty()) {
                return null;
            }
            Double value = Values.number(text);
            if (value == null) {
                throw new BadCell(column, Values.numberProblem(text));
            }
            if (value < 0) {
                throw new BadCell(column, "expected a value ≥ 0, got " + ErrorText.quote(text));
            }
            if (share && value > 1) {
                throw new BadCell(column, "expected a score within [0, 1], got " + ErrorText.quote(text));
            }
            return value;
        }

        private Integer count(String column) {
            Double value = number(column, false);
            if (value == null) {
                return null;
            }
            if (value != Math.rint(value) || value > Integer.MAX_VALUE) {
                throw new BadCell(
                        column,
                        "expected a whole number, got "
                                + ErrorText.quote(record.get(column).trim()));
            }
            return value.intValue();
        }

        private Boolean converted() {
            String text = record.get("converted").trim();
            return switch (text) {
                case "" -> null;
                case "0" -> false;
                case "1" -> true;
                default -> throw new BadCell(
                        "converted", "expected 0 or 1 (or empty), got '" + ErrorText.quote(text) + "'");
            };
        }

        private CampaignGroup group() {
            String text = record.get("group").trim();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return CampaignGroup.parse(text);
            } catch (IllegalArgumentException e) {
                throw new BadCell("group", e.getMessage());
            }
        }
    }
}
