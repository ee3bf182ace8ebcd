package io.segbot.store;

import java.time.Instant;
import java.time.LocalDate;

/** A stored dataset's header row. Dates and revenue are null for customer-level files. */
public record DatasetInfo(
        long id,
        String name,
        String kind,
        String sourceFile,
        String checksum,
        Instant importedAt,
        long rowsRead,
        long rowsImported,
        long customers,
        LocalDate firstDate,
        LocalDate lastDate,
        Double revenue,
        String exclusionsJson) {}
