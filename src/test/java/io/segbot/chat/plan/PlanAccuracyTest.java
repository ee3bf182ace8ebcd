package io.segbot.chat.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.chat.intent.IntentClassifier;
import io.segbot.chat.intent.SegmentRef;
import io.segbot.chat.intent.Understanding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plan accuracy gates of issue 13: at least 95 % on the labelled (development) set and 90 % on
 * the held-out set written before the parser. Prints every miss with what was parsed.
 */
class PlanAccuracyTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 11, 15);
    private static IntentClassifier classifier;

    record Labelled(String expected, String question, int line) {}

    @BeforeAll
    static void load() {
        classifier = IntentClassifier.fromClasspath();
    }

    @Test
    void labelled_set_has_at_least_150_questions_and_the_parser_gets_95_percent() throws IOException {
        List<Labelled> set = read("/bench/plan-labelled.tsv");
        assertThat(set).hasSizeGreaterThanOrEqualTo(150);
        assertThat(accuracy("labelled", set)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void held_out_set_written_before_the_parser_gets_90_percent() throws IOException {
        List<Labelled> set = read("/plan/plan-holdout.tsv");
        assertThat(set).hasSizeGreaterThanOrEqualTo(60);
        assertThat(accuracy("held-out", set)).isGreaterThanOrEqualTo(0.90);
    }

    static String parsed(String question) {
        Understanding u = classifier.understand(question);
        Optional<QuestionPlan> plan =
                PlanParser.parse(question, segments(u), u.entities().customerId(), AS_OF);
        return plan.map(QuestionPlan::canonical).orElse("none");
    }

    /** The named RFM segments and numbered clusters, as the chat layer resolves them against a run. */
    static List<Filter.Segment> segments(Understanding u) {
        List<Filter.Segment> out = new ArrayList<>();
        for (SegmentRef ref : u.entities().segments()) {
            if (ref instanceof SegmentRef.ByName n && n.family() == io.segbot.analytics.SegmentFamily.RFM) {
                out.add(new Filter.Segment("rfm", n.name(), n.name()));
            } else if (ref instanceof SegmentRef.ById id) {
                out.add(new Filter.Segment("cluster", Integer.toString(id.id()), "Cluster " + id.id()));
            }
        }
        return out;
    }

    private static double accuracy(String name, List<Labelled> set) {
        int correct = 0;
        for (Labelled l : set) {
            String got = parsed(l.question());
            if (tokens(got).equals(tokens(l.expected()))) {
                correct++;
            } else {
                System.out.printf(
                        "PLAN MISS %s line %d: expected [%s], got [%s]: %s%n",
                        name, l.line(), l.expected(), got, l.question());
            }
        }
        double accuracy = (double) correct / set.size();
        System.out.printf("%s plan set: %d / %d = %.1f %%%n", name, correct, set.size(), 100 * accuracy);
        return accuracy;
    }

    private static Set<String> tokens(String canonical) {
        return new HashSet<>(Arrays.asList(canonical.trim().split("\\s+")));
    }

    static List<Labelled> read(String resource) throws IOException {
        List<Labelled> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(PlanAccuracyTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                out.add(new Labelled(line.substring(0, tab), line.substring(tab + 1), n));
            }
        }
        return out;
    }
}
