package io.segbot.bench;

import java.util.Locale;

/** Prints {@code bench analytics}' medians: wall time and CPU time per boundary, and the ratios. */
final class BenchReport {
    private static final String[][] BOUNDARIES = {
        {"read (CSV import / pd.read_csv)", "read"},
        {"aggregate (per-customer table)", "aggregate"},
        {"analysis (RFM, k-means, churn, ...)", "analysis"},
        {"fit (BG/NBD + Gamma-Gamma)", "fit"},
        {"store (the run, one transaction)", "store"},
        {"read + aggregate + analysis", "read+agg+analysis"},
    };

    private BenchReport() {}

    static void print(BenchTable table, boolean pandas, boolean duck, boolean c, long rows) {
        System.out.printf(
                "%nmedians of %d alternated rounds; ratio = peer time / segbot time (above 1: segbot faster)%n",
                table.rounds("segbot", "read"));
        for (String kind : new String[] {"wall", "cpu"}) {
            String prefix = kind.equals("cpu") ? "cpu." : "";
            System.out.printf(
                    "  %-34s %10s   %10s   ratio   (%s seconds%s)%n",
                    "boundary",
                    "segbot",
                    pandas ? "pandas+skl" : "",
                    kind,
                    kind.equals("cpu") ? ": all threads of each process" : "");
            for (String[] row : BOUNDARIES) {
                double ours = table.median("segbot", prefix + row[1]);
                if (Double.isNaN(ours)) {
                    continue;
                }
                double theirs = pandas ? table.median("pandas", prefix + row[1]) : Double.NaN;
                System.out.print(BenchTable.row(row[0], ours, theirs, "pandas"));
            }
        }
        System.out.printf(
                "  segbot aggregate + analysis + fit: %.2f s wall (the pandas peer fits no BG/NBD or Gamma-Gamma and"
                        + " stores nothing, so those rows have no ratio)%n",
                table.median("segbot", "agg+analysis+fit"));
        if (duck) {
            System.out.printf("%n  %-34s %10s   %10s   ratio%n", "import + RFM quintiles", "segbot", "duckdb");
            System.out.print(BenchTable.row(
                    "wall: read + aggregate + RFM",
                    table.median("segbot", "import+rfm"),
                    table.median("duckdb", "total"),
                    "DuckDB"));
            System.out.print(BenchTable.row(
                    "cpu: read + aggregate + RFM",
                    table.median("segbot", "cpu.import+rfm"),
                    table.median("duckdb", "cpu.process"),
                    "DuckDB"));
            System.out.printf(
                    Locale.ROOT,
                    "  DuckDB: load %.2f s, RFM %.2f s (wall medians); segbot takes %.2fx DuckDB's wall time%n",
                    table.median("duckdb", "load"),
                    table.median("duckdb", "rfm"),
                    table.median("segbot", "import+rfm") / table.median("duckdb", "total"));
        }
        if (c) {
            double ours = table.median("segbot", "read");
            double oursCpu = table.median("segbot", "cpu.read");
            double theirs = table.median("c", "read");
            double theirsCpu = table.median("c", "cpu.read");
            System.out.printf(
                    Locale.ROOT,
                    "%n  import rate: segbot %,.0f rows/s wall, %,.0f rows per CPU-second (parse, checks, SHA-256,"
                            + " H2 blocks, one transaction);%n  C reference parse (split + strtod, nothing kept)"
                            + " %,.0f rows/s wall, %,.0f rows per CPU-second: segbot imports at %.0f%% of C's rate"
                            + " by wall time, %.0f%% by CPU time%n",
                    rows / ours,
                    rows / oursCpu,
                    rows / theirs,
                    rows / theirsCpu,
                    100 * theirs / ours,
                    100 * theirsCpu / oursCpu);
        }
    }
}
