package io.segbot.app;

import io.segbot.bench.BenchAnalyticsCommand;
import io.segbot.bench.BenchClvCommand;
import io.segbot.bench.BenchFaultsCommand;
import io.segbot.bench.BenchMeceCommand;
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

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                commandSpec.commandLine(),
                "say what to measure: analytics, clv, mece, chat, slack, discord, store, faults");
    }
}
