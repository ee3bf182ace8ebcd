package io.segbot.bot.job;

import java.time.Duration;
import java.util.Locale;

/** The one-line progress of a job: "step 3/5 — clustering 48,210 customers, 62 %, 0:07". */
public final class ProgressLine {
    private ProgressLine() {}

    public static String format(int step, int steps, String label, double fraction, Duration elapsed) {
        StringBuilder line = new StringBuilder();
        if (steps > 0) {
            line.append("step ").append(step).append('/').append(steps).append(" — ");
        }
        line.append(label);
        if (fraction > 0 && fraction < 1) {
            line.append(", ").append((int) Math.floor(fraction * 100)).append(" %");
        }
        return line.append(", ").append(clock(elapsed)).toString();
    }

    /** m:ss, or h:mm:ss past an hour. */
    static String clock(Duration elapsed) {
        long seconds = Math.max(0, elapsed.toSeconds());
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
