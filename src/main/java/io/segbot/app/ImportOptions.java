package io.segbot.app;

import io.segbot.ingest.ColumnMapping;
import io.segbot.ingest.Importer;
import io.segbot.ingest.OnError;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options every {@code segbot import} command shares. */
final class ImportOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "the CSV file to import")
    Path file;

    @Option(names = "--dataset", paramLabel = "NAME", description = "dataset name; default the file's base name")
    String dataset;

    @Option(names = "--replace", description = "replace a dataset of the same name or re-import the same file")
    boolean replace;

    @Option(
            names = "--columns",
            paramLabel = "MAP",
            description =
                    "map fields to your headers, e.g. customer=CustID,order=Invoice,date=Date,amount=Total"
                            + " (fields: customer, order, date, amount, quantity, price, recency, frequency, monetary, segment)")
    String columns;

    @Option(
            names = "--on-error",
            paramLabel = "fail|skip",
            defaultValue = "fail",
            description = "fail: a bad row aborts the import (default); skip: skip bad rows and list them")
    OnError onError;

    @Option(
            names = "--delimiter",
            paramLabel = "CHAR",
            defaultValue = ",",
            description = "field separator; default ','")
    String delimiter;

    @Option(names = "--json", description = "print the summary as JSON")
    boolean json;

    @Option(
            names = "--earliest-date",
            paramLabel = "DATE",
            description = "orders dated before DATE are implausible: refused, or skipped with --on-error skip;"
                    + " default 1990-01-01 (orders after today are always implausible)")
    java.time.LocalDate earliestDate;

    io.segbot.ingest.DateRange dates() {
        return io.segbot.ingest.DateRange.untilToday(earliestDate);
    }

    Importer.Request request() {
        String separator = delimiter.equals("\\t") || delimiter.equals("tab") ? "\t" : delimiter;
        if (separator.length() != 1) {
            throw new IllegalArgumentException("--delimiter must be one character (or \\t), got '" + delimiter + "'");
        }
        return new Importer.Request(file, dataset, replace, onError, ColumnMapping.parse(columns), separator.charAt(0));
    }
}
