package io.segbot.app;

import io.segbot.report.Formats;
import io.segbot.report.TextTable;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.DatasetRepository;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code segbot datasets}: what is in the database. */
@Command(name = "datasets", mixinStandardHelpOptions = true, description = "List imported datasets and analysis runs.")
final class DatasetsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        TextTable datasets = new TextTable(List.of(
                TextTable.Column.text("Dataset"),
                TextTable.Column.text("Kind"),
                TextTable.Column.number("Rows"),
                TextTable.Column.number("Customers"),
                TextTable.Column.text("Dates"),
                TextTable.Column.text("Imported")));
        new DatasetRepository(AppContext.database())
                .list()
                .forEach(d -> datasets.row(
                        d.name(),
                        d.kind(),
                        Formats.count(d.rowsImported()),
                        Formats.count(d.customers()),
                        d.firstDate() == null ? "" : d.firstDate() + " .. " + d.lastDate(),
                        d.importedAt().toString()));
        System.out.print(datasets.render());
        TextTable runs = new TextTable(List.of(
                TextTable.Column.number("Run"),
                TextTable.Column.text("Dataset"),
                TextTable.Column.text("As of"),
                TextTable.Column.number("Customers"),
                TextTable.Column.number("k")));
        new RunRepository(AppContext.database())
                .list()
                .forEach(r -> runs.row(r.id(), r.dataset(), r.asOf(), Formats.count(r.customers()), r.k()));
        System.out.println();
        System.out.print(runs.render());
        return 0;
    }
}
