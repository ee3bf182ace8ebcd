package io.segbot.platform.discord.loopback;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Replays slash-command interactions through a {@link LoopbackDiscord}'s gateway to a connected bot
 * and measures what Discord would: how soon each interaction is deferred (its callback POST, which
 * Discord wants within 3 s) and how soon its answer edits the deferred reply.
 */
public final class DiscordLoad {
    /** Commands that need no model: help text, the store's datasets, the asker's jobs. */
    private static final List<String> SUBCOMMANDS = List.of("help", "datasets", "status");

    private DiscordLoad() {}

    /**
     * @param interactions how many slash commands to send
     * @param perSecond how many to send a second at most (0: as fast as the gateway takes them)
     * @param firstUser each interaction comes from its own user (per-user rate limits stay out of the way)
     */
    public static Report run(LoopbackDiscord discord, int interactions, int perSecond, long firstUser, Duration timeout)
            throws InterruptedException {
        List<LoopbackDiscord.Interaction> sent = new ArrayList<>(interactions);
        long start = System.nanoTime();
        for (int i = 0; i < interactions; i++) {
            if (perSecond > 0) {
                long due = start + i * 1_000_000_000L / perSecond;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            String subcommand = SUBCOMMANDS.get(i % SUBCOMMANDS.size());
            sent.add(discord.slashCommand(
                    Long.toString(firstUser + i), LoopbackDiscord.CHANNEL_ID, subcommand, Map.of()));
        }
        Set<String> tokens = new java.util.HashSet<>();
        sent.forEach(interaction -> tokens.add(interaction.token()));
        discord.await(c -> c.method().equals("PATCH") && answerOf(c, tokens) != null, interactions, timeout);
        long end = System.nanoTime();
        return measure(discord, sent, start, end);
    }

    private static String answerOf(LoopbackDiscord.Call call, Set<String> tokens) {
        String[] parts = call.path().split("/");
        return parts.length >= 3 && parts[0].equals("webhooks") && tokens.contains(parts[2]) ? parts[2] : null;
    }

    private static Report measure(
            LoopbackDiscord discord, List<LoopbackDiscord.Interaction> sent, long start, long end) {
        java.util.Map<String, LoopbackDiscord.Call> callbacks = new java.util.HashMap<>();
        java.util.Map<String, Long> refusals = new java.util.HashMap<>();
        for (LoopbackDiscord.Call call : discord.calls()) {
            String[] parts = call.path().split("/");
            if (call.method().equals("POST") && parts[0].equals("interactions") && parts.length == 4) {
                callbacks.putIfAbsent(parts[1], call);
            } else if (call.method().equals("DELETE") && parts[0].equals("webhooks")) {
                refusals.merge(parts[2], 1L, Long::sum);
            }
        }
        double[] defers = new double[sent.size()];
        int deferred = 0;
        int errors = 0;
        for (LoopbackDiscord.Interaction interaction : sent) {
            LoopbackDiscord.Call callback = callbacks.get(interaction.id());
            if (callback == null || callback.json().path("type").asInt() != 5) {
                errors++;
                continue;
            }
            defers[deferred++] = (callback.nanos() - interaction.sentNanos()) / 1e6;
            if (refusals.containsKey(interaction.token())) {
                errors++;
            }
        }
        double[] sorted = Arrays.copyOf(defers, deferred);
        Arrays.sort(sorted);
        return new Report(
                sent.size(), deferred, errors, (end - start) / 1e9, percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** What one replay measured. */
    public record Report(int interactions, int deferred, int errors, double seconds, double deferP50, double deferP99) {
        public double perSecond() {
            return interactions / seconds;
        }

        public String describe() {
            return String.format(
                    Locale.ROOT,
                    "%,d interactions answered in %.2f s: %.0f interactions/s; defer p50 %.1f ms, p99 %.1f ms;"
                            + " deferred %,d, errors %d",
                    interactions,
                    seconds,
                    perSecond(),
                    deferP50,
                    deferP99,
                    deferred,
                    errors);
        }
    }
}
