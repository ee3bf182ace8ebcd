package io.segbot.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code segbot backup FILE}: a consistent copy of the database while it is in use (H2 BACKUP TO). */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = "Write a consistent zip of the database (H2 online BACKUP TO); never overwrites."
                + " Restore: stop segbot, then unzip FILE into the database's folder.")
final class BackupCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the backup file to create, e.g. segbot-2024-06-30.zip")
    Path file;

    @Override
    public Integer call() {
        AppContext.database().backup(file);
        System.out.println(
                "backed up " + AppContext.databasePath().toAbsolutePath().normalize() + ".mv.db to "
                        + file.toAbsolutePath().normalize() + "; restore: stop segbot, then unzip it into "
                        + AppContext.databasePath().toAbsolutePath().normalize().getParent());
        return 0;
    }
}
