package io.segbot.chat;

import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.DatasetRepository;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Loads run snapshots once and keeps them (runs never change once stored). Thread-safe. */
public final class RunSnapshots {
    private final RunRepository runs;
    private final DatasetRepository datasets;
    private final ConcurrentMap<Long, RunSnapshot> cache = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, java.util.Map<String, Integer>> customerIndexes = new ConcurrentHashMap<>();

    public RunSnapshots(RunRepository runs, DatasetRepository datasets) {
        this.runs = runs;
        this.datasets = datasets;
    }

    public Optional<RunSnapshot> latest() {
        return runs.latest().flatMap(run -> find(run.id()));
    }

    public Optional<RunSnapshot> find(long runId) {
        RunSnapshot cached = cache.get(runId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<RunRecords.Run> run = runs.find(runId);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        RunSnapshot snapshot = new RunSnapshot(
                run.get(), datasets.findById(run.get().datasetId()).orElse(null), runs.segments(runId));
        cache.putIfAbsent(runId, snapshot);
        return Optional.of(snapshot);
    }

    /** A customer of a run; the first lookup indexes the run's customers (one scan), later ones read one block. */
    public Optional<RunRecords.Customer> customer(long runId, String customerId) {
        java.util.Map<String, Integer> index = customerIndexes.computeIfAbsent(runId, this::caseInsensitiveIndex);
        Integer block = index.get(customerId.toLowerCase(java.util.Locale.ROOT));
        if (block == null) {
            return Optional.empty();
        }
        // chat text is case-folded, so "c002" finds C002; an exact match wins if ids differ only in case
        return runs.customerInBlock(runId, block, customerId, false)
                .or(() -> runs.customerInBlock(runId, block, customerId, true));
    }

    private java.util.Map<String, Integer> caseInsensitiveIndex(long runId) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        runs.customerBlocks(runId)
                .forEach((id, block) -> index.putIfAbsent(id.toLowerCase(java.util.Locale.ROOT), block));
        return index;
    }

    public RunRepository repository() {
        return runs;
    }
}
