package io.segbot.bot;

import io.segbot.mecerun.MeceRunRepository;
import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.DatasetInfo;
import io.segbot.store.DatasetRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Values a user may mean while typing a command option, read from the store each time: dataset
 * names, runs, the latest run's segments. Newest first; at most {@link #LIMIT} (Discord shows 25).
 */
final class Suggestions {
    static final int LIMIT = 25;

    private final BotServices services;

    Suggestions(BotServices services) {
        this.services = services;
    }

    List<String> suggest(Suggestion kind, String typed) {
        List<String> all =
                switch (kind) {
                    case DATASET -> datasets();
                    case RUN -> runs();
                    case SEGMENT -> segments();
                };
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(value -> value.toLowerCase(Locale.ROOT).contains(wanted))
                .limit(LIMIT)
                .toList();
    }

    private List<String> datasets() {
        List<String> names = new ArrayList<>(new DatasetRepository(services.database())
                .list().stream().map(DatasetInfo::name).toList());
        java.util.Collections.reverse(names);
        return names;
    }

    private List<String> runs() {
        List<String> runs = new ArrayList<>();
        runs.add("latest");
        List<RunRecords.Run> analyses = new RunRepository(services.database()).list();
        for (int i = analyses.size() - 1; i >= 0; i--) {
            runs.add(Long.toString(analyses.get(i).id()));
        }
        new MeceRunRepository(services.database()).latest().ifPresent(mece -> {
            for (long id = mece.id(); id >= 1 && runs.size() < LIMIT * 2; id--) {
                runs.add("mece:" + id);
            }
        });
        return runs;
    }

    private List<String> segments() {
        RunRepository runs = new RunRepository(services.database());
        return runs.latest()
                .map(run -> ExportPlans.names(runs.segments(run.id())))
                .orElse(List.of());
    }
}
