package io.segbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code segbot bench faults}: kill -9 segbot at seeded random moments and check what survives. */
@Command(
        name = "faults",
        mixinStandardHelpOptions = true,
        description = "Kill segbot processes (kill -9) during import, analyze, MECE run + export and report,"
                + " and check after each kill that the database opens, nothing partial is visible, every"
                + " file is whole or absent, and the next run succeeds.")
public final class BenchFaultsCommand implements Callable<Integer> {
    @Option(names = "--rounds", defaultValue = "8", description = "kills per operation; default ${DEFAULT-VALUE}")
    int rounds;

    @Option(names = "--seed", defaultValue = "15", description = "seed of the kill moments; default ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--customers", defaultValue = "20000", description = "size of the data; default ${DEFAULT-VALUE}")
    int customers;

    @Option(
            names = "--max-delay-ms",
            defaultValue = "6000",
            description = "latest kill moment after a start; default ${DEFAULT-VALUE}")
    long maxDelay;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "working folder; default a new temporary one")
    Path workDir;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1 || customers < 10 || maxDelay < 300) {
            throw new IllegalArgumentException("--rounds >= 1, --customers >= 10 and --max-delay-ms >= 300 please");
        }
        Path work = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("segbot-faults");
        FaultTrial trial =
                new FaultTrial(work, FaultTrial.classpathOf(System.getProperty("java.class.path")), seed, maxDelay);
        trial.prepare(customers);
        FaultTrial.Result result = trial.run(rounds);
        System.out.printf(
                "%d attempts over %s: %d kill -9 landed while the command ran, %d commands finished first;"
                        + " problems: %d%n",
                result.attempts(),
                trial.operations().stream().map(FaultTrial.Operation::name).toList(),
                result.kills(),
                result.finishedFirst(),
                result.problems().size());
        result.problems().forEach(problem -> System.out.println("  " + problem));
        System.out.println("work folder: " + work);
        return result.problems().isEmpty() ? 0 : 1;
    }
}
