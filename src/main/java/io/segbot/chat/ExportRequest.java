package io.segbot.chat;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The safety rule for exports that name no segment: the whole customer base leaves the database
 * only when the request says so explicitly and confirms it ("export all customers, confirmed").
 * A message that merely mentions exporting ("how do exports work?") gets the question back instead
 * of a file with every customer. Stateless, so a restart or another lane cannot confirm by accident.
 */
final class ExportRequest {
    private static final Pattern CONFIRMED = Pattern.compile("\\bconfirm(ed)?\\b");

    private ExportRequest() {}

    static boolean confirmsWholeBase(String text) {
        return CONFIRMED.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    static Draft confirmation(RunSnapshot run) {
        return new Draft(run.source())
                .say("That would export every customer of run ")
                .count("run id", run.run().id())
                .say(" (")
                .count("customers in the run", run.run().customers())
                .say(" customers) to a CSV file. To go ahead, say \"export all customers, confirmed\";"
                        + " to export one segment, say \"export\" and the segment's name.");
    }
}
