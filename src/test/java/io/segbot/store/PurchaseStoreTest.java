package io.segbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.analytics.PurchaseColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PurchaseStoreTest {
    @Test
    void keyed_reading_gives_the_same_order_keys_as_hashing_the_order_id_strings() {
        try (Database database = Database.inMemory("purchases-" + UUID.randomUUID())) {
            long id = database.inTransaction(c -> {
                long dataset = new DatasetRepository(database).create(c, "d", "transactions", "f.csv", "0".repeat(64));
                try (PurchaseStore.Writer writer = new PurchaseStore.Writer(c, dataset)) {
                    writer.add("c1", "O-1", 19_000, 10.5);
                    writer.add("c1", "Øre-2", 19_001, 2.25); // non-ASCII: the key goes through the string
                    writer.add("Zoë", "O-1", 19_002, 1.0);
                }
                return dataset;
            });
            List<String> read = new ArrayList<>();
            List<String> customers = new ArrayList<>();
            new PurchaseStore(database).forEachKeyed(id, (customer, key, day, amount) -> {
                read.add(customer + "|" + key + "|" + day + "|" + amount);
                customers.add(customer);
            });
            assertThat(read)
                    .containsExactly(
                            "c1|" + PurchaseColumns.orderKey("O-1") + "|19000|10.5",
                            "c1|" + PurchaseColumns.orderKey("Øre-2") + "|19001|2.25",
                            "Zoë|" + PurchaseColumns.orderKey("O-1") + "|19002|1.0");
            assertThat(customers.get(1)).isSameAs(customers.get(0)); // one string per run of a customer
        }
    }
}
