package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two processes on one database file: this JVM holds it open, a real second process imports into it. */
class SharedDatabaseTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(150)
    void the_command_line_imports_while_another_process_holds_the_database() throws Exception {
        Path file = dir.resolve("db/segbot");
        String orders = Path.of("src/test/resources/ingest/good/orders.csv")
                .toAbsolutePath()
                .toString();
        try (Database holder = Database.open(file)) {
            DatasetRepository datasets = new DatasetRepository(holder);
            assertThat(datasets.list()).isEmpty();

            SegbotProcess.Finished imported = SegbotProcess.run(
                    dir, Map.of(), 120, "--db", file.toString(), "import", "transactions", orders, "--json");

            assertThat(imported.code()).as(imported.err()).isZero();
            assertThat(imported.out()).contains("\"rows_read\" : 7");
            assertThat(datasets.findByName("orders")).get().satisfies(info -> assertThat(info.customers())
                    .isEqualTo(3));
            Properties lock = new Properties();
            try (var in = Files.newInputStream(dir.resolve("db/segbot.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            assertThat(server).as("the lock file names the shared server").matches("(localhost|127\\.0\\.0\\.1):\\d+");
            int port = Integer.parseInt(server.substring(server.indexOf(':') + 1));
            for (InetAddress address : nonLoopbackAddresses()) {
                assertThat(connects(address, port))
                        .as("the shared server is not reachable on " + address)
                        .isFalse();
            }
            assertThat(connects(InetAddress.getLoopbackAddress(), port)).isTrue();
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws Exception {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && address instanceof Inet4Address)
                .toList();
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
