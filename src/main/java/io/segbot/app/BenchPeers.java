package io.segbot.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The peers {@code bench analytics} measures segbot against, run as child processes on the same
 * CSV: {@code peer_pandas_sklearn.py} (pandas + scikit-learn, {@code OMP_NUM_THREADS=1} because
 * scikit-learn's threads thrash a shared 2-core machine) and {@code peer_duckdb_rfm.mjs} (DuckDB,
 * installed with npm into {@code target/peer-duckdb}). A missing peer is said plainly, once.
 */
final class BenchPeers {
    private static final Pattern PANDAS = Pattern.compile(
            "fairpeer read ([\\d.]+) s; agg ([\\d.]+) s; analysis ([\\d.]+) s \\(RFM [\\d.]+, k-means k=(\\d+)");
    private static final Pattern DUCKDB = Pattern.compile("load ([\\d.]+) s, rfm ([\\d.]+) s, total ([\\d.]+) s");

    private final Path peerDir;

    /** @param peerDir the folder holding the peer scripts (the shared {@code bench} folder) */
    BenchPeers(Path peerDir) {
        this.peerDir = peerDir;
    }

    /** Null when pandas + scikit-learn can run here, otherwise why not and how to fix it. */
    String pandasMissing() throws IOException, InterruptedException {
        Path script = peerDir.resolve("peer_pandas_sklearn.py");
        if (!Files.isRegularFile(script)) {
            return script.toAbsolutePath() + " not found (pass --peer-dir)";
        }
        Result probe = run(List.of("python3", "-c", "import pandas, sklearn"), null, 120);
        return probe.exit() == 0
                ? null
                : "python3 with pandas and scikit-learn is not installed (apt-get install -y python3-pandas"
                        + " python3-sklearn)";
    }

    /** Seconds per boundary (read, aggregate, analysis) and the k it chose. */
    Map<String, Double> pandas(Path csv) throws IOException, InterruptedException {
        Result result = run(
                List.of("python3", peerDir.resolve("peer_pandas_sklearn.py").toString(), csv.toString()), null, 3600);
        Matcher m = PANDAS.matcher(result.output());
        if (result.exit() != 0 || !m.find()) {
            throw new IOException("the pandas peer failed (exit " + result.exit() + "): " + result.output());
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("read", Double.parseDouble(m.group(1)));
        seconds.put("aggregate", Double.parseDouble(m.group(2)));
        seconds.put("analysis", Double.parseDouble(m.group(3)));
        seconds.put("k", Double.parseDouble(m.group(4)));
        return seconds;
    }

    /**
     * Sets DuckDB up in {@code workDir/peer-duckdb} (npm install of the pinned package.json) and
     * returns null, or why it cannot run.
     */
    String duckdbMissing(Path workDir) throws IOException, InterruptedException {
        Path script = peerDir.resolve("peer_duckdb_rfm.mjs");
        if (!Files.isRegularFile(script) || !Files.isRegularFile(peerDir.resolve("package.json"))) {
            return script.toAbsolutePath() + " or its package.json not found (pass --peer-dir)";
        }
        if (run(List.of("node", "--version"), null, 60).exit() != 0) {
            return "node is not installed (apt-get install -y nodejs npm)";
        }
        Path dir = Files.createDirectories(workDir.resolve("peer-duckdb"));
        Files.copy(script, dir.resolve("peer_duckdb_rfm.mjs"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(peerDir.resolve("package.json"), dir.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        if (!Files.isDirectory(dir.resolve("node_modules/@duckdb/node-api"))) {
            Result install = run(List.of("npm", "install", "--no-audit", "--no-fund"), dir, 600);
            if (install.exit() != 0) {
                return "npm install of @duckdb/node-api in " + dir + " failed: " + install.lastLine();
            }
        }
        return null;
    }

    /** Seconds to load the CSV and to compute RFM quintiles in DuckDB, and their total. */
    Map<String, Double> duckdb(Path workDir, Path csv) throws IOException, InterruptedException {
        Path dir = workDir.resolve("peer-duckdb");
        Result result = run(
                List.of(
                        "node",
                        "peer_duckdb_rfm.mjs",
                        "tx",
                        csv.toAbsolutePath().toString()),
                dir,
                3600);
        Matcher m = DUCKDB.matcher(result.output());
        if (result.exit() != 0 || !m.find()) {
            throw new IOException("the DuckDB peer failed (exit " + result.exit() + "): " + result.output());
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("load", Double.parseDouble(m.group(1)));
        seconds.put("rfm", Double.parseDouble(m.group(2)));
        seconds.put("total", Double.parseDouble(m.group(3)));
        return seconds;
    }

    /**
     * scikit-learn's KMeans (n_init=3, as the peer's final fit) on exactly segbot's standardised
     * features, written by the caller as little-endian doubles: its iterations and inertia.
     */
    double[] sklearnKMeans(Path features, int k) throws IOException, InterruptedException {
        String code = "import sys, numpy as np\n"
                + "from sklearn.cluster import KMeans\n"
                + "X = np.fromfile(sys.argv[1], dtype='<f8').reshape(-1, 3)\n"
                + "km = KMeans(n_clusters=int(sys.argv[2]), n_init=3, random_state=1).fit(X)\n"
                + "print('SKLEARN', km.n_iter_, repr(float(km.inertia_)))\n";
        Result result = run(List.of("python3", "-c", code, features.toString(), Integer.toString(k)), null, 3600);
        for (String line : result.output().split("\n")) {
            if (line.startsWith("SKLEARN ")) {
                String[] parts = line.split(" ");
                return new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
            }
        }
        throw new IOException("scikit-learn's KMeans failed: " + result.output());
    }

    private record Result(int exit, String output) {
        String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private static Result run(List<String> command, Path dir, int timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        for (String variable : List.of("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")) {
            builder.environment().put(variable, "1");
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException notInstalled) {
            return new Result(127, command.get(0) + ": " + notInstalled.getMessage());
        }
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                output.append(line).append('\n');
            }
        }
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(124, output + "timed out after " + timeoutSeconds + " s");
        }
        return new Result(process.exitValue(), output.toString());
    }
}
