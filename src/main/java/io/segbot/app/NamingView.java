package io.segbot.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segbot.naming.Criterion;
import io.segbot.naming.PersonaBook;
import io.segbot.namingrun.NamingRecords;
import io.segbot.report.TextTable;
import io.segbot.report.TextTable.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a stored naming: a summary table, then each segment's proposals with the judge's scores. */
final class NamingView {
    private NamingView() {}

    static ObjectNode json(long runId, long namingId, String model, List<NamingRecords.Decision> decisions) {
        ObjectNode root =
                Json.object().put("run_id", runId).put("naming_id", namingId).put("model", model);
        ArrayNode segments = root.putArray("segments");
        for (NamingRecords.Decision d : decisions) {
            ObjectNode segment = segments.addObject()
                    .put("segment", d.segment())
                    .put("rule", d.rule())
                    .put("chosen_name", d.chosenName())
                    .put("method", d.method())
                    .put("reason", d.reason());
            ArrayNode proposals = segment.putArray("proposals");
            ObjectNode scores = Json.object();
            for (NamingRecords.Proposal p : d.proposals()) {
                proposals
                        .addObject()
                        .put("persona", p.persona())
                        .put("segment_name", p.segmentName())
                        .put("rule", p.rule())
                        .put("valid", p.valid())
                        .put("reason", p.reason());
                if (p.weightedScore() != null) {
                    ObjectNode score = scores.putObject(p.persona());
                    Criterion.IDS.forEach(id -> score.put(id, p.scores().getOrDefault(id, 0)));
                    score.put("weighted", Math.round(p.weightedScore() * 100) / 100.0);
                }
            }
            segment.set("judge_scores", scores);
            segment.put("judge", d.judge()).put("judge_pick", d.judgePick());
        }
        return root;
    }

    static String text(
            long runId, long namingId, String model, List<NamingRecords.Decision> decisions, PersonaBook book) {
        StringBuilder out = new StringBuilder(
                String.format(Locale.ROOT, "Run %d named (naming %d, model: %s)%n%n", runId, namingId, model));
        TextTable summary = new TextTable(List.of(
                Column.text("segment"), Column.text("rule"), Column.text("chosen name"), Column.text("method")));
        decisions.forEach(d -> summary.row(d.segment(), d.rule(), d.chosenName(), d.method()));
        out.append(summary.render()).append('\n');
        for (NamingRecords.Decision d : decisions) {
            out.append(String.format(
                    Locale.ROOT,
                    "%s  %s%n  -> %s [%s] %s%n",
                    d.segment(),
                    d.rule(),
                    d.chosenName(),
                    d.method(),
                    d.reason()));
            out.append(indent(proposals(d).render())).append('\n');
        }
        out.append("Scores 0-10: mece, clarity, structure (Tier_Attribute_Quality), precision, memorable; total")
                .append(" = weighted by ")
                .append(weights(book))
                .append('\n');
        return out.toString();
    }

    private static TextTable proposals(NamingRecords.Decision d) {
        List<Column> columns =
                new ArrayList<>(List.of(Column.text("juror"), Column.text("proposal"), Column.text("valid")));
        for (String heading : List.of("mece", "clarity", "structure", "precision", "memorable", "total")) {
            columns.add(Column.number(heading));
        }
        columns.add(Column.text("reason"));
        TextTable table = new TextTable(columns);
        for (NamingRecords.Proposal p : d.proposals()) {
            List<Object> cells = new ArrayList<>(List.of(p.persona(), p.segmentName(), p.valid() ? "yes" : "no"));
            Criterion.IDS.forEach(
                    id -> cells.add(p.scores().containsKey(id) ? p.scores().get(id) : ""));
            cells.add(p.weightedScore() == null ? "" : String.format(Locale.ROOT, "%.2f", p.weightedScore()));
            cells.add(p.valid() ? "" : p.reason());
            table.row(cells.toArray());
        }
        return table;
    }

    private static String weights(PersonaBook book) {
        return String.join(
                ", ",
                book.judge().criteria().stream()
                        .map(c -> String.format(Locale.ROOT, "%s %.0f%%", c.label(), c.weight() * 100))
                        .toList());
    }

    private static String indent(String text) {
        return text.lines()
                        .map(line -> "  " + line)
                        .reduce((a, b) -> a + "\n" + b)
                        .orElse("") + "\n";
    }
}
