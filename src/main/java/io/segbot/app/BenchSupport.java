package io.segbot.app;

import io.segbot.analysis.AnalysisService;
import io.segbot.analytics.CustomerMetrics;
import io.segbot.store.DatasetInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Helpers the bench commands share. */
final class BenchSupport {
    private BenchSupport() {}

    static CustomerMetrics load(AnalysisService service, DatasetInfo dataset) {
        return service.metrics(dataset, null);
    }

    /** Runs the peer script on the same CSV, its output inline; says clearly why when it cannot. */
    static void runPeer(Path csv) throws IOException, InterruptedException {
        Path script = Paths.get("bench", "peer_analytics.py");
        if (!Files.exists(script)) {
            System.out.println(
                    "peer       skipped: " + script.toAbsolutePath() + " not found (run from the repository root)");
            return;
        }
        Process process = new ProcessBuilder("python3", script.toString(), csv.toString())
                .inheritIO()
                .start();
        int code = process.waitFor();
        if (code != 0) {
            System.out.println(
                    "peer       failed with exit code " + code
                            + " (needs Debian's python3-pandas and python3-sklearn: apt-get install python3-pandas python3-sklearn)");
        }
    }
}
