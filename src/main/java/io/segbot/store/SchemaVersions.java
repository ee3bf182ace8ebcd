package io.segbot.store;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Refuses a database that a newer segbot migrated. Flyway only warns about applied migrations it
 * does not know ("future" ones), and the older jar would then write tables whose meaning changed.
 * The known maximum is computed from the migrations on the classpath, so adding V6, V7, ... needs
 * no change here.
 */
final class SchemaVersions {
    private SchemaVersions() {}

    static void refuseNewer(Flyway flyway, String database) {
        MigrationInfo[] all = flyway.info().all();
        MigrationVersion known = Arrays.stream(all)
                .filter(info -> info.getState().isResolved() && info.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo)
                .orElse(MigrationVersion.EMPTY);
        Arrays.stream(all)
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo)
                .ifPresent(newest -> {
                    throw new StoreException("this database was written by a newer segbot (schema " + newest
                            + ", this one knows " + known + "): " + database
                            + "; use the newer segbot, or restore a backup made by this one");
                });
    }
}
