package io.segbot.report;

import io.segbot.store.RunRecords.Customer;
import io.segbot.store.RunRecords.Run;
import io.segbot.store.RunRepository;
import java.util.function.Predicate;

/** CSV attachments of a run's customers, streamed from the store when the file is written. */
final class CsvExports {
    private CsvExports() {}

    /**
     * Every customer of {@code run} that {@code filter} accepts (all when null), with all score
     * columns of {@link CustomerCsv}, in stored order.
     */
    static Attachment customers(
            RunRepository runs, Run run, Predicate<Customer> filter, String fileName, String description) {
        return new Attachment(fileName, description, out -> {
            long[] rows = {0};
            CustomerCsv csv = new CustomerCsv(out);
            runs.forEachCustomer(run.id(), null, null, customer -> {
                if (filter == null || filter.test(customer)) {
                    csv.write(customer);
                    rows[0]++;
                }
            });
            csv.flush();
            return rows[0];
        });
    }
}
