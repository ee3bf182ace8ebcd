package io.segbot.chat;

import io.segbot.analytics.SegmentProfile;
import io.segbot.chat.intent.Direction;
import io.segbot.chat.intent.Metric;
import io.segbot.segmentation.RunRecords;
import java.util.List;

/** Templated answers about the business as a whole, one customer, the data, and segbot itself. */
final class BusinessAnswers {
    static final String EXAMPLES =
            """
            • "give me an overview of our segments"
            • "which segment should we prioritise for ROI?"
            • "compare champions vs at risk"
            • "what's our churn risk?"
            • "why do hibernating customers buy less?"
            • "suggest campaigns for high-value customers"
            • "what's our total revenue and average CLV?"
            • "show customer <id>"
            • "when was this data updated?\"""";

    private BusinessAnswers() {}

    /** The run fitted BG/NBD but set it aside (issue 15: a degenerate fit must not be shown as truth). */
    static boolean setAside(RunSnapshot run) {
        String model = run.run().modelJson();
        return model != null && model.contains("\"degenerate\":true");
    }

    static Draft churn(RunSnapshot run, Resolved q) {
        Draft d = new Draft(run.source());
        if (!q.segments().isEmpty()) {
            SegmentProfile s = q.segments().get(0);
            d.say("Churn risk in **").segment(s).say("**:").line();
            return SegmentAnswers.actions(SegmentAnswers.profile(d, s), s);
        }
        long customers = run.run().customers();
        boolean model = run.run().modelJson() != null && run.clusters().stream().allMatch(s -> s.avgPAlive() != null);
        d.say("Churn risk across ")
                .count("customers", customers)
                .say(" customers (")
                .say(
                        model
                                ? "repeat buyers by their BG/NBD probability of being active, Low at or above seventy percent and High below thirty percent; one-time buyers by days since their order against the typical purchase rhythm"
                                : "rule: days since last order against each customer's own purchase rhythm")
                .say(
                        setAside(run)
                                ? "; the BG/NBD model was set aside because its fit was degenerate or"
                                        + " uninformative and could not rank churn risk"
                                : "")
                .say("):")
                .line();
        for (String band : List.of("Low", "Medium", "High")) {
            int n = run.customersInBand(band);
            d.say("• ")
                    .say(band)
                    .say(": ")
                    .count(band + " churn customers", n)
                    .say(" (")
                    .share(band + " churn share", customers == 0 ? 0 : (double) n / customers)
                    .say(")")
                    .line();
        }
        SegmentProfile worst =
                Metrics.rank(run.rfm(), Metric.CHURN, Direction.HIGHEST).get(0);
        d.say("Highest share at risk: **")
                .segment(worst)
                .say("**, ")
                .share(worst.label() + " high churn share", SegmentAnswers.highShare(worst))
                .say(" high risk, holding ")
                .money(worst.label() + " revenue", worst.revenue())
                .say(" of past revenue.")
                .line();
        SegmentProfile valuable = Metrics.rank(
                        run.rfm().stream().filter(s -> s.churnHigh() > 0).toList(), Metric.MONETARY, Direction.HIGHEST)
                .stream()
                .findFirst()
                .orElse(worst);
        if (valuable != worst) {
            d.say("Most valuable customers at risk: **")
                    .segment(valuable)
                    .say("** (")
                    .count(valuable.label() + " high churn customers", valuable.churnHigh())
                    .say(" high risk, average spend ")
                    .money(valuable.label() + " average spend", valuable.avgMonetary())
                    .say(").")
                    .line();
        }
        return SegmentAnswers.actions(d, valuable);
    }

    static Draft metrics(RunSnapshot run, Resolved q) {
        Draft d = new Draft(run.source());
        long customers = run.run().customers();
        long orders = run.totalOrders();
        double clv = 0;
        for (SegmentProfile s : run.rfm()) {
            clv += s.avgClv() * s.customers();
        }
        d.say("• Customers: ").count("customers", customers).line();
        d.say("• Revenue: ")
                .money("revenue", run.run().revenue())
                .say(" from ")
                .count("orders", orders)
                .say(" orders")
                .line();
        d.say("• Average revenue per customer: ")
                .money("average revenue per customer", run.run().revenue() / Math.max(1, customers))
                .line();
        d.say("• Average order value: ")
                .money("average order value", run.run().revenue() / Math.max(1, orders))
                .line();
        d.say("• Total one-year CLV (rule-based): ")
                .money("total one-year CLV", clv)
                .say(", average ")
                .money("average one-year CLV", clv / Math.max(1, customers))
                .line();
        double predicted = run.clusters().stream()
                .filter(s -> s.predictedClv() != null)
                .mapToDouble(SegmentProfile::predictedClv)
                .sum();
        if (predicted > 0) {
            d.say("• Total BG/NBD + Gamma-Gamma predicted CLV: ")
                    .money("total predicted CLV", predicted)
                    .line();
        }
        return d;
    }

    static Draft freshness(RunSnapshot run) {
        Draft d = new Draft(run.source());
        d.say("The numbers come from analysis run ")
                .count("run id", run.run().id())
                .say(" of dataset ")
                .quote("dataset", run.run().dataset())
                .say(", as of ")
                .date("as of", run.run().asOf())
                .say(", analysed on ")
                .date(
                        "analysed on",
                        run.run().createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate())
                .say(".");
        if (run.dataset() != null && run.dataset().firstDate() != null) {
            d.line()
                    .say("The dataset covers ")
                    .date("first order", run.dataset().firstDate())
                    .say(" to ")
                    .date("last order", run.dataset().lastDate())
                    .say(" and was imported on ")
                    .date(
                            "imported on",
                            run.dataset()
                                    .importedAt()
                                    .atZone(java.time.ZoneOffset.UTC)
                                    .toLocalDate())
                    .say(".");
        }
        return d;
    }

    static Draft lookup(RunSnapshot run, RunRecords.Customer c) {
        Draft d = new Draft(run.source());
        d.say("Customer ")
                .quote("customer id", c.customerId())
                .say(": ")
                .quote("RFM segment", c.rfmSegment())
                .say(", ")
                .segment(run.cluster(c.cluster()).orElseThrow())
                .line();
        d.say("• ")
                .count("orders", c.frequency())
                .say(" orders, ")
                .money("spend", c.monetary())
                .say(" in all, last order ")
                .days("recency", c.recencyDays())
                .say(" ago")
                .line();
        d.say("• RFM score ")
                .decimal("RFM score", c.rfmScore(), 1)
                .say(" of a hundred, value tier ")
                .quote("value tier", c.valueTier())
                .line();
        d.say("• Churn risk ")
                .quote("churn risk", c.churnRisk())
                .say(", one-year CLV ")
                .money("one-year CLV", c.clvHorizon());
        if (c.pAlive() != null) {
            d.say(", P(alive) ")
                    .decimal("P(alive)", c.pAlive(), 2)
                    .say(", predicted CLV ")
                    .money("predicted CLV", c.predictedClv());
        }
        return d.line();
    }

    static Draft help(String source) {
        return new Draft(source)
                .say("I'm segbot, your segmentation analyst. I answer from the latest analysis run, and every")
                .say(" number I give comes from it. Try:")
                .line()
                .say(EXAMPLES.replace("C0042", "C-forty-two"))
                .line()
                .say("Say \"forget\" to clear this conversation.");
    }

    static Draft outOfScope(String source, String didYouMean) {
        Draft d = new Draft(source).say("I can only answer questions about your customer segments and their data.");
        if (didYouMean != null) {
            d.say(" Did you mean something about ").say(didYouMean).say("?");
        }
        return d.line().say("For example:").line().say(EXAMPLES);
    }
}
