package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, "Data safety": backup with H2's online BACKUP TO, and the documented restore. */
class BackupTest {
    @TempDir
    Path dir;

    @Test
    void backup_then_restore_by_unzipping_gives_back_the_dataset() throws IOException {
        Path db = dir.resolve("db/segbot");
        assertThat(Cli.run(db, "import", "transactions", "src/test/resources/ingest/good/orders.csv")
                        .code())
                .isZero();
        Path zip = dir.resolve("backups/segbot.zip");
        Cli.Run backup = Cli.run(db, "backup", zip.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("backed up").contains(zip.toString());

        Path restored = dir.resolve("restored");
        Files.createDirectories(restored);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.copy(in, restored.resolve(Path.of(entry.getName()).getFileName()));
            }
        }
        try (Database database = Database.open(restored.resolve("segbot"))) {
            assertThat(new DatasetRepository(database).findByName("orders")).isPresent();
        }
    }

    @Test
    void backup_never_overwrites_an_existing_file() throws IOException {
        Path db = dir.resolve("db/segbot");
        Path zip = Files.writeString(dir.resolve("old.zip"), "keep me");
        Cli.Run backup = Cli.run(db, "backup", zip.toString());
        assertThat(backup.code()).isEqualTo(1);
        assertThat(backup.err().strip())
                .isEqualTo("error: " + zip + " already exists; segbot never overwrites a backup, choose a new name");
        assertThat(zip).hasContent("keep me");
    }
}
