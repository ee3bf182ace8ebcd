package io.segbot.bench;

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
            "fairpeer read ([\\d.]+) s; agg ([\\d.]+) s; analysis ([\\d.]+) s \\(RFM [\\d.]+, k-means k=(\\d+)"
                    + ".*cpu read ([\\d.]+) agg ([\\d.]+) analysis ([\\d.]+)");
    private static final Pattern TIME = Pattern.compile("PEERCPU ([\\d.]+) ([\\d.]+)");
    private static final Pattern CPARSE =
            Pattern.compile("cparse rows (\\d+) sum [-\\d.]+ wall ([\\d.]+) cpu ([\\d.]+)");
    private static final Pattern DUCKDB = Pattern.compile("load ([\\d.]+) s, rfm ([\\d.]+) s, total ([\\d.]+) s");

    /** Debian's python3 first: its python3-pandas and python3-sklearn are what the set-up installs. */
    private static final String PYTHON =
            Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

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
        Result probe = run(List.of(PYTHON, "-c", "import pandas, sklearn"), null, 120);
        return probe.exit() == 0
                ? null
                : "python3 with pandas and scikit-learn is not installed (apt-get install -y python3-pandas"
                        + " python3-sklearn)";
    }

    /** Seconds per boundary (read, aggregate, analysis) and the k it chose. */
    Map<String, Double> pandas(Path csv) throws IOException, InterruptedException {
        Result result =
                run(List.of(PYTHON, peerDir.resolve("peer_pandas_sklearn.py").toString(), csv.toString()), null, 3600);
        Matcher m = PANDAS.matcher(result.output());
        if (result.exit() != 0 || !m.find()) {
            throw new IOException("the pandas peer failed (exit " + result.exit() + "): " + result.output());
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("read", Double.parseDouble(m.group(1)));
        seconds.put("aggregate", Double.parseDouble(m.group(2)));
        seconds.put("analysis", Double.parseDouble(m.group(3)));
        seconds.put("k", Double.parseDouble(m.group(4)));
        seconds.put("cpu.read", Double.parseDouble(m.group(5)));
        seconds.put("cpu.aggregate", Double.parseDouble(m.group(6)));
        seconds.put("cpu.analysis", Double.parseDouble(m.group(7)));
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
        String file = csv.toAbsolutePath().toString();
        List<String> command = new ArrayList<>(List.of("node", "peer_duckdb_rfm.mjs", "tx", file));
        if (Files.isExecutable(Path.of("/usr/bin/time"))) {
            command.addAll(0, List.of("/usr/bin/time", "-f", "PEERCPU %U %S")); // the node process's CPU
        }
        Result result = run(command, dir, 3600);
        Matcher m = DUCKDB.matcher(result.output());
        if (result.exit() != 0 || !m.find()) {
            throw new IOException("the DuckDB peer failed (exit " + result.exit() + "): " + result.output());
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("load", Double.parseDouble(m.group(1)));
        seconds.put("rfm", Double.parseDouble(m.group(2)));
        seconds.put("total", Double.parseDouble(m.group(3)));
        Matcher cpu = TIME.matcher(result.output());
        if (cpu.find()) {
            seconds.put("cpu.process", Double.parseDouble(cpu.group(1)) + Double.parseDouble(cpu.group(2)));
        }
        return seconds;
    }

    /**
     * Compiles the C reference parser ({@code cSource}, the repository's {@code bench/cparse.c}) with
     * the system's {@code cc -O2} into {@code workDir}; null when that worked, else why not.
     */
    String cParseMissing(Path cSource, Path workDir) throws IOException, InterruptedException {
        if (!Files.isRegularFile(cSource)) {
            return cSource + " is not there: run from the repository folder, or give --c-source FILE";
        }
        Path source = workDir.resolve("cparse.c");
        Files.copy(cSource, source, StandardCopyOption.REPLACE_EXISTING);
        Result compile =
                run(List.of("cc", "-O2", "-o", workDir.resolve("cparse").toString(), source.toString()), null, 300);
        return compile.exit() == 0 ? null : "no C compiler (cc): " + compile.lastLine();
    }

    /** The C reference parse of the CSV: rows, wall and CPU seconds. */
    Map<String, Double> cParse(Path workDir, Path csv) throws IOException, InterruptedException {
        Result result = run(List.of(workDir.resolve("cparse").toString(), csv.toString()), null, 3600);
        Matcher m = CPARSE.matcher(result.output());
        if (result.exit() != 0 || !m.find()) {
            throw new IOException("the C reference parse failed: " + result.output());
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("rows", Double.parseDouble(m.group(1)));
        seconds.put("read", Double.parseDouble(m.group(2)));
        seconds.put("cpu.read", Double.parseDouble(m.group(3)));
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
        Result result = run(List.of(PYTHON, "-c", code, features.toString(), Integer.toString(k)), null, 3600);
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
