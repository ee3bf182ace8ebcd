package io.segbot.segmentation;

import io.segbot.analytics.CustomerAnalysis;

/** Maps an analysis's per-customer results onto the stored columns; no copies of the big arrays. */
final class RunMapping {
    private RunMapping() {}

    static RunRecords.CustomerColumns columns(CustomerAnalysis.Result r) {
        int n = r.metrics().size();
        String[] segment = new String[n];
        String[] churn = new String[n];
        String[] tier = new String[n];
        for (int c = 0; c < n; c++) {
            segment[c] = r.rfm().segment()[c].label();
            churn[c] = r.churn()[c].label();
            tier[c] = r.tiers()[c].label();
        }
        var model = r.model();
        return new RunRecords.CustomerColumns(
                r.metrics().ids(),
                r.metrics().recencyDays(),
                r.metrics().frequency(),
                r.metrics().monetary(),
                r.rfm().r(),
                r.rfm().f(),
                r.rfm().m(),
                r.rfm().score100(),
                segment,
                r.clusters().assignment(),
                churn,
                r.clvIndex(),
                r.clvHorizon(),
                tier,
                model == null ? null : model.pAlive(),
                model == null ? null : model.expected90(),
                model == null ? null : model.expected365(),
                model == null ? null : model.predictedClv());
    }
}
