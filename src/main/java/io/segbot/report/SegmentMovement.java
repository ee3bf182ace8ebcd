package io.segbot.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Segment movement between two runs on the same customers, matched by customer id: a transition
 * table from the earlier run's segment to the later run's, customers who entered (only in the later
 * run) or left (only in the earlier), and for every move the customers with the highest later
 * spend. Feed every member of the earlier run with {@link #before}, then stream the later run
 * through {@link #after}, then call {@link #result}. Memory: one entry per customer of the earlier
 * run (removed as the later run matches it).
 */
public final class SegmentMovement {
    /** A customer's segment and figures in one run. */
    public record Member(String customerId, String segment, double monetary, int recencyDays) {
        public Member {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(segment, "segment");
        }
    }

    /** One customer's move; {@code before} is null for a customer who entered, {@code after} for one who left. */
    public record Move(Member before, Member after) {}

    /**
     * @param labels every segment label, earlier run's first (in its order), then new ones of the later run
     * @param counts customers per [earlier label][later label]; the diagonal stayed
     * @param entered customers only in the later run, per later label
     * @param left customers only in the earlier run, per earlier label
     * @param examples per move "FROM\u0000TO", its members with the highest later spend, highest first
     */
    public record Result(
            List<String> labels, long[][] counts, long[] entered, long[] left, Map<String, List<Move>> examples) {
        public long inBoth() {
            long sum = 0;
            for (long[] row : counts) {
                for (long count : row) {
                    sum += count;
                }
            }
            return sum;
        }

        public long stayed() {
            long sum = 0;
            for (int i = 0; i < counts.length; i++) {
                sum += counts[i][i];
            }
            return sum;
        }

        public long count(String from, String to) {
            int i = labels.indexOf(from);
            int j = labels.indexOf(to);
            return i < 0 || j < 0 ? 0 : counts[i][j];
        }

        public List<Move> examples(String from, String to) {
            return examples.getOrDefault(key(from, to), List.of());
        }

        public static String key(String from, String to) {
            return from + "\u0000" + to;
        }
    }

    private static final Comparator<Move> BY_LATER_SPEND = Comparator.<Move>comparingDouble(
                    m -> m.after().monetary())
            .thenComparing(m -> m.after().customerId(), Comparator.reverseOrder());

    private final List<String> labels = new ArrayList<>();
    private final Map<String, Member> earlier = new LinkedHashMap<>();
    private final Map<String, PriorityQueue<Move>> examples = new LinkedHashMap<>();
    private final int examplesPerMove;
    private long[][] counts = new long[0][0];
    private long[] entered = new long[0];

    /** @param order labels in the order the table shows them (more are appended as they appear) */
    public SegmentMovement(List<String> order, int examplesPerMove) {
        if (examplesPerMove < 0) {
            throw new IllegalArgumentException("examples per move must be at least 0, got " + examplesPerMove);
        }
        this.examplesPerMove = examplesPerMove;
        order.forEach(this::index);
    }

    public void before(Member member) {
        index(member.segment());
        if (earlier.put(member.customerId(), member) != null) {
            throw new IllegalArgumentException("customer " + member.customerId() + " appears twice in the earlier run");
        }
    }

    /** Matches a member of the later run; returns its move (before null when it entered). */
    public Move after(Member member) {
        int to = index(member.segment());
        Member before = earlier.remove(member.customerId());
        Move move = new Move(before, member);
        if (before == null) {
            entered[to]++;
            return move;
        }
        counts[index(before.segment())][to]++;
        if (examplesPerMove > 0 && !before.segment().equals(member.segment())) {
            PriorityQueue<Move> top = examples.computeIfAbsent(
                    Result.key(before.segment(), member.segment()), k -> new PriorityQueue<>(BY_LATER_SPEND));
            top.add(move);
            if (top.size() > examplesPerMove) {
                top.poll();
            }
        }
        return move;
    }

    /** The customers of the earlier run not (yet) matched: those who left, in the earlier run's order. */
    public Iterable<Member> unmatched() {
        return earlier.values();
    }

    public Result result() {
        long[] left = new long[labels.size()];
        for (Member member : earlier.values()) {
            left[labels.indexOf(member.segment())]++;
        }
        Map<String, List<Move>> tops = new LinkedHashMap<>();
        examples.forEach((key, queue) -> {
            List<Move> sorted = new ArrayList<>(queue);
            sorted.sort(BY_LATER_SPEND.reversed());
            tops.put(key, List.copyOf(sorted));
        });
        long[][] copy = new long[labels.size()][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = counts[i].clone();
        }
        return new Result(List.copyOf(labels), copy, entered.clone(), left, tops);
    }

    private int index(String label) {
        int index = labels.indexOf(label);
        if (index >= 0) {
            return index;
        }
        labels.add(label);
        int n = labels.size();
        long[][] grown = new long[n][n];
        for (int i = 0; i < counts.length; i++) {
            System.arraycopy(counts[i], 0, grown[i], 0, counts[i].length);
        }
        counts = grown;
        entered = java.util.Arrays.copyOf(entered, n);
        return n - 1;
    }
}
