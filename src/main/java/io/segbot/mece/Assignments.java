package io.segbot.mece;

import java.util.List;

/**
 * Where each universe user went in a run, indexed by universe position 0..size−1 (ascending table
 * row). Read-only view over the run's primitive arrays.
 */
public final class Assignments {
    private final CartTable table;
    private final TierSpace space;
    private final int[] tableRows;
    private final int[] bucket;
    private final int[] segment;
    private final List<String> segmentNames;
    private final String[] comboNames;

    Assignments(CartTable table, TierSpace space, int[] tableRows, int[] bucket, int[] segment, List<String> names) {
        this.table = table;
        this.space = space;
        this.tableRows = tableRows;
        this.bucket = bucket;
        this.segment = segment;
        this.segmentNames = List.copyOf(names);
        this.comboNames = new String[space.size];
        for (int combination = 0; combination < space.size; combination++) {
            comboNames[combination] = space.combo(combination);
        }
    }

    public int size() {
        return tableRows.length;
    }

    public CartTable table() {
        return table;
    }

    /** The user's row in {@link #table()}. */
    public int tableRow(int user) {
        return tableRows[user];
    }

    public String userId(int user) {
        return table.userId(tableRows[user]);
    }

    public boolean assigned(int user) {
        return bucket[user] >= 0;
    }

    /** E.g. {@code High_Low_High}; empty when unassigned. */
    public String combo(int user) {
        return bucket[user] < 0 ? "" : comboNames[bucket[user]];
    }

    /** The tier of dimension {@code dimension} (config order); empty when unassigned. */
    public String tierName(int user, int dimension) {
        return bucket[user] < 0 ? "" : space.dimensions.get(dimension).tierName(space.tier(bucket[user], dimension));
    }

    /** The final segment's name; empty when unassigned. */
    public String segment(int user) {
        return segment[user] < 0 ? "" : segmentNames.get(segment[user]);
    }

    /** Index into {@link #segmentNames()}, −1 when unassigned. */
    public int segmentIndex(int user) {
        return segment[user];
    }

    public List<String> segmentNames() {
        return segmentNames;
    }

    /** Output column per dimension, e.g. {@code aov_tier}. */
    public List<String> dimensionColumns() {
        return space.dimensions.stream().map(DimensionDefinition::column).toList();
    }
}
