package io.segbot.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Deterministic descriptive labels for clusters: the RFM segment of the cluster's mean R and F
 * scores (rounded half up). Clusters that land on the same segment are told apart by spend, in
 * cluster order (which is by mean monetary value): "Champions (high spend)", "Champions (low
 * spend)", or "(mid spend)" and "(spend rank N)" for larger groups.
 */
public final class ClusterLabels {
    private ClusterLabels() {}

    public static String[] of(int k, int[] assignment, RfmScores scores) {
        double[] sumR = new double[k];
        double[] sumF = new double[k];
        int[] count = new int[k];
        for (int i = 0; i < assignment.length; i++) {
            sumR[assignment[i]] += scores.r()[i];
            sumF[assignment[i]] += scores.f()[i];
            count[assignment[i]]++;
        }
        String[] base = new String[k];
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int c = 0; c < k; c++) {
            int r = count[c] == 0 ? 1 : (int) Math.floor(sumR[c] / count[c] + 0.5);
            int f = count[c] == 0 ? 1 : (int) Math.floor(sumF[c] / count[c] + 0.5);
            base[c] = RfmSegment.of(r, f).label();
            groups.computeIfAbsent(base[c], key -> new ArrayList<>()).add(c);
        }
        String[] labels = base.clone();
        for (List<Integer> group : groups.values()) {
            if (group.size() > 1) {
                for (int rank = 0; rank < group.size(); rank++) {
                    int c = group.get(rank);
                    labels[c] = base[c] + " (" + spendWord(rank, group.size()) + ")";
                }
            }
        }
        return labels;
    }

    private static String spendWord(int rank, int groupSize) {
        if (rank == 0) {
            return "high spend";
        }
        if (rank == groupSize - 1) {
            return "low spend";
        }
        return groupSize == 3 ? "mid spend" : "spend rank " + (rank + 1);
    }
}
