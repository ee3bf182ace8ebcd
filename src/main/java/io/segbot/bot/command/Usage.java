package io.segbot.bot.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Each command's usage line and one sentence on what it does, in the order help lists them. */
public final class Usage {
    /** A command's syntax (without the platform's prefix) and what it does. */
    public record Line(String syntax, String purpose) {}

    private static final Map<String, Line> LINES = new LinkedHashMap<>();

    static {
        add("ask", "ask QUESTION", "answer a question about your customers");
        add("run", "run [DATASET] [--as-of YYYY-MM-DD] [--k N|auto]", "analyse a dataset (RFM, k-means, churn, CLV)");
        add("mece", "mece [DATASET] [--as-of YYYY-MM-DD]", "split cart abandoners into MECE campaign segments");
        add("name", "name RUN|latest|mece:RUN", "name a run's segments with the jury of personas");
        add("report", "report segments|churn|clv|mece|movement [CHANNEL]", "post a report here or to CHANNEL");
        add("export", "export SEGMENT", "send you the segment's customers as CSV, privately");
        add(
                "schedule",
                "schedule add NAME KIND \"CRON\" [--zone ZONE] [--channel CHANNEL] | schedule list"
                        + " | schedule remove NAME",
                "recurring reports");
        add("datasets", "datasets", "list imported datasets and analysis runs");
        add("status", "status [JOB]", "show a job's progress, or your recent jobs");
        add("cancel", "cancel JOB", "stop a running job between steps");
        add("help", "help [COMMAND]", "this list, or one command's usage");
    }

    private Usage() {}

    private static void add(String name, String syntax, String purpose) {
        LINES.put(name, new Line(syntax, purpose));
    }

    public static Optional<Line> of(String command) {
        return Optional.ofNullable(LINES.get(command));
    }

    /** Every command in help order. */
    public static Map<String, Line> all() {
        return java.util.Collections.unmodifiableMap(LINES);
    }
}
