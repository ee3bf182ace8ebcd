package io.segbot.bench.transport;

import io.segbot.bench.BenchHost;
import io.segbot.bot.BotCore;
import io.segbot.bot.DiscordSettings;
import io.segbot.bot.Secrets;
import io.segbot.platform.discord.DiscordAdapter;
import io.segbot.platform.discord.loopback.DiscordLoad;
import io.segbot.platform.discord.loopback.LoopbackDiscord;
import io.segbot.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code segbot bench discord}: the real JDA connected to a loopback Discord, slash commands
 * ({@code help}, {@code datasets}, {@code status}; no model) replayed through its gateway into the
 * real core; measures how soon each is deferred and how many are answered a second.
 */
@Command(
        name = "discord",
        mixinStandardHelpOptions = true,
        description = "Slash-command interactions through a loopback Discord gateway: interactions/s, defer p99.")
public final class BenchDiscordCommand implements Callable<Integer> {
    private final BenchHost host;

    @Option(
            names = "--interactions",
            defaultValue = "2000",
            paramLabel = "N",
            description = "interactions; default ${DEFAULT-VALUE}")
    int interactions;

    @Option(
            names = "--rate",
            defaultValue = "50",
            paramLabel = "R",
            description =
                    "interactions sent a second (0: all at once, which measures queueing); default ${DEFAULT-VALUE}")
    int rate;

    @Option(
            names = "--customers",
            defaultValue = "3000",
            paramLabel = "N",
            description = "customers in the analysed dataset; default ${DEFAULT-VALUE}")
    int customers;

    public BenchDiscordCommand(BenchHost host) {
        this.host = host;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("segbot-bench-discord");
        try (Database database = Database.open(dir.resolve("bench-discord"));
                LoopbackDiscord discord = new LoopbackDiscord()) {
            TransportBench.seedRun(database, dir, customers);
            try (BotCore core = TransportBench.core(host, database, dir, "discord");
                    DiscordAdapter adapter = new DiscordAdapter(
                            new DiscordSettings(Optional.of(LoopbackDiscord.GUILD_ID), Optional.empty()),
                            Secrets.fromEnvironment(Map.of(Secrets.DISCORD_TOKEN, "bench-token")),
                            Map.of(
                                    "DISCORD_API_URL",
                                    discord.restUrl(),
                                    "DISCORD_GATEWAY_URL",
                                    discord.gatewayUrl()))) {
                core.register(adapter.outbox());
                core.start();
                System.out.println(adapter.start(core));
                DiscordLoad.run(
                        discord, Math.min(300, interactions), rate, 3_000_000_000_000_000_000L, Duration.ofMinutes(1));
                DiscordLoad.Report report =
                        DiscordLoad.run(discord, interactions, rate, 3_100_000_000_000_000_000L, Duration.ofMinutes(3));
                System.out.println("discord    warm-up done; measured run:");
                System.out.println("discord    " + report.describe());
                System.out.printf(
                        "discord    bar: defer p99 < 500 ms (Discord allows 3 s) with no error: %s%n",
                        report.deferP99() < 500 && report.errors() == 0 ? "met" : "NOT met");
            }
        }
        return 0;
    }
}
