package io.segbot.ingest;

import io.segbot.ErrorText;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which file column holds which field. Fields are found by common header names (case, spaces and
 * underscores ignored) unless the user maps them with {@code --columns field=Header,...}.
 */
public final class ColumnMapping {
    /** Header names each field is recognised by, after {@link #normalise}. */
    static final Map<String, List<String>> ALIASES = Map.of(
            "customer", List.of("customerid", "customer", "custid", "clientid", "userid", "customerno"),
            "order",
                    List.of(
                            "orderid",
                            "order",
                            "invoiceno",
                            "invoice",
                            "invoiceid",
                            "transactionid",
                            "orderno",
                            "ordernumber"),
            "date",
                    List.of(
                            "orderdate",
                            "date",
                            "invoicedate",
                            "purchasedate",
                            "transactiondate",
                            "timestamp",
                            "orderdatetime"),
            "amount", List.of("amount", "revenue", "total", "sales", "ordervalue", "value", "ordertotal", "monetary"),
            "quantity", List.of("quantity", "qty"),
            "price", List.of("unitprice", "price"),
            "recency", List.of("recencydays", "recency"),
            "frequency", List.of("frequency", "orders", "ordercount"),
            "monetary", List.of("monetary", "totalspend", "revenue", "amount"),
            "segment", List.of("segment", "cluster"));

    private final Map<String, String> overrides;

    private ColumnMapping(Map<String, String> overrides) {
        this.overrides = overrides;
    }

    public static ColumnMapping automatic() {
        return new ColumnMapping(Map.of());
    }

    /** Parses {@code customer=CustID,amount=Total}; unknown fields are refused with the list of known ones. */
    public static ColumnMapping parse(String spec) {
        Map<String, String> overrides = new LinkedHashMap<>();
        if (spec != null && !spec.isBlank()) {
            for (String pair : spec.split(",")) {
                String[] parts = pair.split("=", 2);
                String field = parts[0].trim().toLowerCase(Locale.ROOT);
                if (parts.length != 2 || parts[1].isBlank()) {
                    throw new IllegalArgumentException(
                            "--columns expects field=Header pairs separated by commas, got '" + pair + "'");
                }
                if (!ALIASES.containsKey(field)) {
                    throw new IllegalArgumentException("--columns: unknown field '" + field + "'; known fields: "
                            + String.join(", ", new java.util.TreeSet<>(ALIASES.keySet())));
                }
                overrides.put(field, parts[1].trim());
            }
        }
        return new ColumnMapping(Map.copyOf(overrides));
    }

    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The header that holds {@code field}, or null when the file has none. */
    public String find(String field, List<String> headers, Path file) {
        String wanted = overrides.get(field);
        if (wanted != null) {
            for (String header : headers) {
                if (header.equals(wanted) || normalise(header).equals(normalise(wanted))) {
                    return header;
                }
            }
            throw new ImportException(
                    file,
                    1,
                    null,
                    "--columns maps " + field + " to '" + ErrorText.quote(wanted)
                            + "', but the header has no such column; found: "
                            + ErrorText.quote(String.join(", ", headers)));
        }
        for (String alias : ALIASES.get(field)) {
            for (String header : headers) {
                if (normalise(header).equals(alias)) {
                    return header;
                }
            }
        }
        return null;
    }

    /** Like {@link #find} but a missing column is an error that lists what the file has. */
    public String require(String field, String layout, List<String> headers, Path file) {
        String header = find(field, headers, file);
        if (header == null) {
            throw new ImportException(
                    file,
                    1,
                    null,
                    "missing required column '" + field + "' for the " + layout
                            + " layout (recognised names: " + String.join(", ", ALIASES.get(field))
                            + "); found columns: "
                            + ErrorText.quote(String.join(", ", headers)) + ". Map it with --columns " + field
                            + "=<your column>");
        }
        return header;
    }
}
