package io.segbot.app;

import io.segbot.ingest.TransactionGenerator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code segbot generate transactions}: a seeded synthetic transactions file for demos and benchmarks. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Generate synthetic data files.",
        subcommands = GenerateCommand.Transactions.class)
final class GenerateCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                commandSpec.commandLine(), "say what to generate: transactions");
    }

    @Command(
            name = "transactions",
            mixinStandardHelpOptions = true,
            description = "Write a realistic transactions CSV (seasonality, churn, long-tailed spend).")
    static final class Transactions implements Callable<Integer> {
        @Option(names = "--customers", required = true, paramLabel = "N", description = "number of customers")
        int customers;

        @Option(
                names = "--seed",
                defaultValue = "1",
                paramLabel = "S",
                description = "random seed; default ${DEFAULT-VALUE}")
        long seed;

        @Option(
                names = "--start",
                defaultValue = "2023-01-01",
                paramLabel = "DATE",
                description = "first day; default ${DEFAULT-VALUE}")
        LocalDate start;

        @Option(
                names = "--days",
                defaultValue = "730",
                paramLabel = "N",
                description = "period length in days; default ${DEFAULT-VALUE}")
        int days;

        @Option(
                names = "--yearly-rate",
                defaultValue = "4",
                paramLabel = "R",
                description = "mean purchases per year of an active customer; default ${DEFAULT-VALUE}")
        double yearlyRate;

        @Option(
                names = "--dropout-b",
                defaultValue = "3",
                paramLabel = "B",
                description =
                        "dropout after each purchase ~ Beta(1, B); larger keeps customers longer; default ${DEFAULT-VALUE}")
        double dropoutB;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "output CSV file")
        Path out;

        @Override
        public Integer call() throws Exception {
            var spec = new TransactionGenerator.Spec(customers, seed, start, days, yearlyRate, dropoutB);
            long[] rows = {0};
            io.segbot.AtomicFiles.writeText(out, writer -> rows[0] = TransactionGenerator.write(spec, writer));
            System.out.println("wrote " + rows[0] + " orders of " + customers + " customers to " + out);
            return 0;
        }
    }
}
