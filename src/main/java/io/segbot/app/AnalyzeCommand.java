package io.segbot.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segbot.analytics.SegmentFamily;
import io.segbot.analytics.SegmentProfile;
import io.segbot.engine.SparkLaunch;
import io.segbot.report.SegmentTable;
import io.segbot.segmentation.AnalysisService;
import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code segbot analyze}: RFM, clusters, churn, CLV and tiers for a dataset, stored as a run. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = "Score and segment a dataset's customers (RFM, k-means, churn, CLV, tiers) and store the run.",
        footer = {
            "",
            "RFM segments (from the R and F quintile scores):",
            "  R1-2/F1-2 Hibernating   R1-2/F3-4 At Risk            R1-2/F5 Can't Lose Them",
            "  R3/F1-2 About To Sleep  R3/F3 Need Attention         R3-4/F4-5 Loyal Customers",
            "  R4/F1 Promising         R5/F1 New Customers          R4-5/F2-3 Potential Loyalists",
            "  R5/F4-5 Champions"
        })
final class AnalyzeCommand implements Callable<Integer> {
    @Option(names = "--dataset", paramLabel = "NAME", description = "dataset to analyse; default the latest imported")
    String dataset;

    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            description = "as-of date; default the day after the last transaction")
    LocalDate asOf;

    @Option(
            names = "--k",
            paramLabel = "auto|N",
            defaultValue = "auto",
            description = "number of clusters; default auto (silhouette, k = 2..8)")
    String k;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "42",
            description = "random seed for k-means; default ${DEFAULT-VALUE}")
    long seed;

    @Option(
            names = "--horizon-days",
            paramLabel = "N",
            defaultValue = "365",
            description = "CLV horizon in days; default ${DEFAULT-VALUE}")
    int horizonDays;

    @Option(names = "--json", description = "print the run as JSON")
    boolean json;

    @Option(
            names = "--engine",
            paramLabel = "in-process|spark",
            defaultValue = "in-process",
            description = "in-process (default) analyses an imported dataset; spark analyses --input on Apache Spark")
    String engine;

    @Option(
            names = "--input",
            paramLabel = "PATH_OR_URI",
            description = "with --engine spark: a transactions CSV (with a header) or Parquet file or folder, on any"
                    + " path Spark reads (hdfs://, s3a://, ...); not imported, analysed where it lives")
    String input;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "with --engine spark: local[*] (default, a child JVM), spark://HOST:PORT, k8s://... or yarn"
                    + " (a spark-submit command)")
    String master;

    @Option(
            names = "--spark-home",
            paramLabel = "DIR",
            description = "the built segbot-spark/target (job jar and lib/); default $" + SparkLaunch.HOME_VARIABLE
                    + ", else ./segbot-spark/target")
    String sparkHome;

    @Override
    public Integer call() throws Exception {
        if (engine.equals("spark")) {
            return SparkRun.run(this);
        }
        if (!engine.equals("in-process")) {
            throw new IllegalArgumentException("--engine must be in-process or spark, got '" + engine + "'");
        }
        if (input != null || master != null) {
            throw new IllegalArgumentException("--input and --master need --engine spark; to analyse a file"
                    + " in-process, import it first: segbot import transactions FILE");
        }
        AnalysisService service = new AnalysisService(AppContext.database(), Clock.systemDefaultZone());
        AnalysisService.Outcome outcome =
                service.analyze(new AnalysisService.Request(dataset, asOf, parseK(k), seed, horizonDays));
        if (!json) {
            System.out.println(outcome.modelSummary());
            System.out.println();
        }
        SegmentsCommand.print(service.runs(), outcome.runId(), json);
        return 0;
    }

    static int parseK(String k) {
        if (k.equalsIgnoreCase("auto")) {
            return 0;
        }
        try {
            int value = Integer.parseInt(k);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the message
        }
        throw new IllegalArgumentException("--k must be 'auto' or a whole number of at least 1, got '" + k + "'");
    }

    /** The run as the JSON object the issue specifies. */
    static ObjectNode runJson(RunRepository runs, RunRecords.Run run) {
        List<SegmentProfile> segments = runs.segments(run.id());
        ObjectNode root = Json.object();
        root.put("run_id", run.id());
        root.put("dataset", run.dataset());
        root.put("as_of", run.asOf().toString());
        root.put("customers", run.customers());
        root.put("revenue", Math.round(run.revenue() * 100) / 100.0);
        if (run.modelJson() != null) {
            try {
                root.set("model", Json.MAPPER.readTree(run.modelJson()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("stored model description is not JSON: " + run.modelJson(), e);
            }
        }
        ArrayNode rfm = root.putArray("rfm_segments");
        ObjectNode clusters = root.putObject("clusters");
        clusters.put("k", run.k());
        clusters.put("silhouette", run.silhouette());
        ArrayNode clusterSegments = clusters.putArray("segments");
        for (SegmentProfile s : segments) {
            ObjectNode node = SegmentFamily.RFM.matches(s.family()) ? rfm.addObject() : clusterSegments.addObject();
            if (SegmentFamily.CLUSTER.matches(s.family())) {
                node.put("id", Integer.parseInt(s.key()));
                node.put("label", s.label());
            } else {
                node.put("name", s.label());
            }
            node.put("customers", s.customers());
            node.put("revenue", round2(s.revenue()));
            node.put("revenue_share", s.revenueShare());
            node.put("avg_recency_days", round2(s.avgRecencyDays()));
            node.put("avg_frequency", round2(s.avgFrequency()));
            node.put("avg_monetary", round2(s.avgMonetary()));
            node.put("avg_clv", round2(s.avgClv()));
            node.put("avg_clv_index", round2(s.avgClvIndex()));
            ObjectNode churn = node.putObject("churn");
            churn.put("low", s.churnLow());
            churn.put("medium", s.churnMedium());
            churn.put("high", s.churnHigh());
            if (s.avgPAlive() != null) {
                node.put("avg_p_alive", s.avgPAlive());
                node.put("predicted_clv", round2(s.predictedClv()));
            }
            ArrayNode actions = node.putArray("recommendations");
            s.recommendations().forEach(actions::add);
        }
        return root;
    }

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static String text(RunRepository runs, RunRecords.Run run) {
        return SegmentTable.render(run, runs.segments(run.id()));
    }
}
