package io.segbot.bench.transport;

import io.segbot.bench.BenchHost;
import io.segbot.bot.BotCore;
import io.segbot.bot.Secrets;
import io.segbot.bot.SlackSettings;
import io.segbot.platform.slack.LoopbackWebApi;
import io.segbot.platform.slack.SlackAdapter;
import io.segbot.platform.slack.SlackLoad;
import io.segbot.store.Database;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code segbot bench slack}: the Slack app in HTTP mode on loopback, driven by signed requests
 * (questions and {@code /segbot status}, no model) through the real Bolt app and the real core;
 * answers go to a loopback Web API through the SDK's rate-limit-aware client.
 */
@Command(
        name = "slack",
        mixinStandardHelpOptions = true,
        description = "Signed Slack requests against the HTTP endpoint on loopback: acks/s, ack p99, answers/s.")
public final class BenchSlackCommand implements Callable<Integer> {
    private final BenchHost host;

    @Option(
            names = "--requests",
            defaultValue = "2000",
            paramLabel = "N",
            description = "requests, half questions and half status commands; default ${DEFAULT-VALUE}")
    int requests;

    @Option(
            names = "--rate",
            // above the bar's 200/s: offered at exactly 200/s, the ramp and the last request's ack put
            // the measured rate at 199/s, so the bar could never be met
            defaultValue = "250",
            paramLabel = "R",
            description = "requests offered per second (0: as fast as acks come back); default ${DEFAULT-VALUE}")
    double rate;

    @Option(
            names = "--concurrency",
            defaultValue = "32",
            paramLabel = "C",
            description = "concurrent senders; default ${DEFAULT-VALUE}")
    int concurrency;

    @Option(
            names = "--channels",
            defaultValue = "500",
            paramLabel = "N",
            description = "channels the questions are spread over (Slack takes about one message a second a"
                    + " channel, after a short burst); default ${DEFAULT-VALUE}")
    int channels;

    @Option(
            names = "--customers",
            defaultValue = "3000",
            paramLabel = "N",
            description = "customers in the analysed dataset; default ${DEFAULT-VALUE}")
    int customers;

    public BenchSlackCommand(BenchHost host) {
        this.host = host;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("segbot-bench-slack");
        String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        try (Database database = Database.open(dir.resolve("bench-slack"));
                LoopbackWebApi api = new LoopbackWebApi()) {
            TransportBench.seedRun(database, dir, customers);
            try (BotCore core = TransportBench.core(host, database, dir, "slack");
                    SlackAdapter slack = new SlackAdapter(
                            new SlackSettings(SlackSettings.Mode.HTTP, "127.0.0.1", freePort(), Optional.empty()),
                            Secrets.fromEnvironment(Map.of(
                                    Secrets.SLACK_BOT_TOKEN, "xoxb-bench", Secrets.SLACK_SIGNING_SECRET, secret)),
                            Map.of("SLACK_API_URL", api.url()),
                            null)) {
                core.register(slack.outbox());
                core.start();
                System.out.println(slack.start(core));
                SlackLoad.run(
                        slack.httpPort(),
                        secret,
                        api,
                        new SlackLoad.Plan(200, rate, concurrency, channels, Duration.ofSeconds(30))); // warm-up
                SlackLoad.Report report = SlackLoad.run(
                        slack.httpPort(),
                        secret,
                        api,
                        new SlackLoad.Plan(requests, rate, concurrency, channels, Duration.ofMinutes(2)));
                System.out.println("slack      " + report.describe());
                System.out.printf(
                        java.util.Locale.ROOT,
                        "slack      load average (1 min) %.2f on %d cores at the end (other processes included)%n",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors());
                System.out.println("slack      Web API calls (warm-up included): " + api.counts());
                System.out.printf(
                        "slack      bar: >= 200 requests/s acked with p99 < 100 ms, no error, every question"
                                + " answered and none refused: %s%n",
                        report.meetsBar() ? "met" : "NOT met");
            }
        }
        return 0;
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
