package io.segbot.app;

import io.segbot.bench.BenchAnalyticsCommand;
import io.segbot.bench.BenchChatCommand;
import io.segbot.bench.BenchClvCommand;
import io.segbot.bench.BenchFaultsCommand;
import io.segbot.bench.BenchHost;
import io.segbot.bench.BenchMeceCommand;
import io.segbot.bench.BenchStoreCommand;
import io.segbot.bench.transport.BenchDiscordCommand;
import io.segbot.bench.transport.BenchSlackCommand;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code segbot bench ...}: performance figures measured on this machine, side by side. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure performance on this machine.",
        subcommands = {
            BenchAnalyticsCommand.class,
            BenchClvCommand.class,
            BenchMeceCommand.class,
            BenchChatCommand.class,
            BenchSlackCommand.class,
            BenchDiscordCommand.class,
            BenchStoreCommand.class,
            BenchFaultsCommand.class
        })
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    /**
     * Creates picocli's command objects: the benchmarks that run the whole bot get the application's
     * {@link BenchHost}, every other command picocli's default.
     */
    static final class Factory implements CommandLine.IFactory {
        private static final Map<Class<?>, Function<BenchHost, Object>> NEEDS_HOST = Map.of(
                BenchChatCommand.class, BenchChatCommand::new,
                BenchStoreCommand.class, BenchStoreCommand::new,
                BenchSlackCommand.class, BenchSlackCommand::new,
                BenchDiscordCommand.class, BenchDiscordCommand::new);

        private final BenchHost host = new AppBenchHost();
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        @Override
        public <K> K create(Class<K> type) throws Exception {
            Function<BenchHost, Object> withHost = NEEDS_HOST.get(type);
            return withHost != null ? type.cast(withHost.apply(host)) : fallback.create(type);
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                commandSpec.commandLine(),
                "say what to measure: analytics, clv, mece, chat, slack, discord, store, faults");
    }
}
