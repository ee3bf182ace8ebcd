package io.segbot.bot.command;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One parsed {@code /segbot} command, the same on every platform. Built only by {@link
 * CommandParser}; each record holds validated values.
 */
public sealed interface Command {
    /** The command's name as typed ("run", "schedule", ...), for usage lines and help. */
    String name();

    /** {@code ask QUESTION}. */
    record Ask(String question) implements Command {
        public Ask {
            requireText(question, "question");
        }

        @Override
        public String name() {
            return "ask";
        }
    }

    /**
     * {@code run [DATASET] [--as-of DATE] [--k N]}.
     *
     * @param dataset a dataset name, or null for the latest
     * @param asOf null for the day after the last transaction
     * @param k a fixed number of clusters, or 0 for automatic
     */
    record Run(String dataset, LocalDate asOf, int k) implements Command {
        public Run {
            if (k < 0) {
                throw new IllegalArgumentException("k must be 0 (auto) or positive, got " + k);
            }
        }

        @Override
        public String name() {
            return "run";
        }
    }

    /** {@code mece [DATASET] [--as-of DATE]}; null fields take the latest dataset and its last date. */
    record Mece(String dataset, LocalDate asOf) implements Command {
        @Override
        public String name() {
            return "mece";
        }
    }

    /**
     * {@code name RUN|latest|mece:RUN}: {@code runId} null for the latest run; {@code mece} when it
     * names a MECE run's segments.
     */
    record Name(Long runId, boolean mece) implements Command {
        @Override
        public String name() {
            return "name";
        }
    }

    /** {@code report KIND [CHANNEL]}: {@code channel} null for where the command was typed. */
    record Report(String kind, String channel) implements Command {
        public Report {
            requireText(kind, "kind");
        }

        @Override
        public String name() {
            return "report";
        }
    }

    /** {@code export SEGMENT}: a segment name or cluster number of the latest run. */
    record Export(String segment) implements Command {
        public Export {
            requireText(segment, "segment");
        }

        @Override
        public String name() {
            return "export";
        }
    }

    /**
     * {@code schedule add NAME KIND "CRON" [--zone ZONE] [--channel CHANNEL]}.
     *
     * @param zone null for UTC
     * @param channel null for where the command was typed
     */
    record ScheduleAdd(String schedule, String kind, String cron, String zone, String channel) implements Command {
        public ScheduleAdd {
            requireText(schedule, "schedule name");
            requireText(kind, "kind");
            requireText(cron, "cron");
        }

        @Override
        public String name() {
            return "schedule";
        }
    }

    /** {@code schedule list}. */
    record ScheduleList() implements Command {
        @Override
        public String name() {
            return "schedule";
        }
    }

    /** {@code schedule remove NAME}. */
    record ScheduleRemove(String schedule) implements Command {
        public ScheduleRemove {
            requireText(schedule, "schedule name");
        }

        @Override
        public String name() {
            return "schedule";
        }
    }

    /** {@code datasets}. */
    record Datasets() implements Command {
        @Override
        public String name() {
            return "datasets";
        }
    }

    /** {@code status [JOB]}: {@code jobId} null for the requester's recent jobs. */
    record Status(Long jobId) implements Command {
        @Override
        public String name() {
            return "status";
        }
    }

    /** {@code cancel JOB}. */
    record Cancel(long jobId) implements Command {
        @Override
        public String name() {
            return "cancel";
        }
    }

    /** {@code help [COMMAND]}: {@code command} null for the overview. */
    record Help(String command) implements Command {
        @Override
        public String name() {
            return "help";
        }
    }

    private static void requireText(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
