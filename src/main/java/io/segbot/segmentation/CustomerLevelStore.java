package io.segbot.segmentation;

import io.segbot.analytics.CustomerMetrics;
import io.segbot.store.CustomerInputStore;
import io.segbot.store.Database;

/** Reads a customer-level dataset back as metrics (no purchase dates). */
final class CustomerLevelStore {
    private final CustomerInputStore store;

    CustomerLevelStore(Database database) {
        this.store = new CustomerInputStore(database);
    }

    CustomerMetrics metrics(long datasetId) {
        CustomerInputStore.Columns columns = store.read(datasetId);
        return new CustomerMetrics(
                columns.ids(), columns.recencyDays(), columns.frequency(), columns.monetary(), null, null);
    }
}
