package io.segbot.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What to do with a malformed row: stop the whole import (the default), or skip and list it. */
public enum OnError {
    FAIL,
    SKIP;

    private static final int LISTED = 20;

    /** Collects skipped rows: the first 20 in full and a count of all. Not thread-safe. */
    public final class Tally {
        private final Path file;
        private final List<ImportSummary.RowProblem> listed = new ArrayList<>();
        private long count;

        Tally(Path file) {
            this.file = file;
        }

        /** Records a bad row, or throws when the policy is {@link #FAIL}. */
        public void reject(long line, String column, String problem) {
            if (OnError.this == FAIL) {
                throw new ImportException(
                        file,
                        line,
                        column,
                        problem + " (nothing was imported; fix the row or re-run with --on-error skip)");
            }
            count++;
            if (listed.size() < LISTED) {
                listed.add(new ImportSummary.RowProblem(line, column, problem));
            }
        }

        public List<ImportSummary.RowProblem> listed() {
            return List.copyOf(listed);
        }

        public long count() {
            return count;
        }
    }

    public Tally tally(Path file) {
        return new Tally(file);
    }
}
