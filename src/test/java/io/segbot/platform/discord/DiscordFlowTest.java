package io.segbot.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.segbot.platform.discord.loopback.LoopbackDiscord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole flows through the real JDA, the real core (no model) and the loopback Discord: what a
 * Discord user sees after /segbot commands, buttons and autocomplete.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordFlowTest {
    private static final String BOT = LoopbackDiscord.BOT_ID;
    private static final String CHANNEL = LoopbackDiscord.CHANNEL_ID;

    private DiscordFixture bot;
    private LoopbackDiscord discord;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        bot = new DiscordFixture(dir);
        discord = bot.discord;
    }

    @AfterAll
    void stop() {
        bot.close();
    }

    @Test
    void mece_is_deferred_shows_its_progress_in_the_reply_then_the_result_and_name_segments_names_them()
            throws Exception {
        LoopbackDiscord.Interaction mece = discord.slashCommand(
                DiscordFixture.MARIA, CHANNEL, "mece", Map.of("dataset", "carts", "as_of", "2025-06-30"));

        assertThat(callback(mece).json().path("type").asInt())
                .as("deferred, not answered at once")
                .isEqualTo(5);
        List<LoopbackDiscord.Call> edits = awaitEdit(mece, "name_segments|");
        assertThat(edits.get(0).json().toString()).contains("queued").contains("mece carts --as-of 2025-06-30");
        List<String> progress = edits.subList(1, edits.size() - 1).stream()
                .map(edit -> edit.json().toString())
                .toList();
        assertThat(progress)
                .as("the job's progress lines edit the same deferred reply")
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line)
                        .contains("mece carts --as-of 2025-06-30")
                        .containsPattern("starting|step \\d+/\\d+"));
        JsonNode result = edits.get(edits.size() - 1).json();
        assertThat(result.path("embeds").get(0).path("title").asText()).matches("MECE run \\d+ is ready");
        List<String> buttons = result.path("components").findValuesAsText("custom_id");
        assertThat(buttons).contains("rerun|mece carts --as-of 2025-06-30");
        String nameSegments = buttons.stream()
                .filter(id -> id.startsWith("name_segments|name mece:"))
                .findFirst()
                .orElseThrow();

        LoopbackDiscord.Interaction click =
                discord.button(DiscordFixture.MARIA, CHANNEL, discord.snowflake(), nameSegments);

        assertThat(callback(click).json().path("type").asInt()).isEqualTo(5);
        List<LoopbackDiscord.Call> naming = awaitEdit(click, "Names for MECE run");
        assertThat(naming.get(naming.size() - 1).json().toString())
                .contains("Chosen names")
                .contains("naming run");
    }

    @Test
    void an_export_by_a_user_without_the_export_ability_is_refused_only_to_them() throws Exception {
        LoopbackDiscord.Interaction export =
                discord.slashCommand(DiscordFixture.GUEST, CHANNEL, "export", Map.of("segment", "cluster 0"));

        assertThat(callback(export).json().path("type").asInt()).isEqualTo(5);
        discord.await(c -> c.is("DELETE", webhook(export) + "/messages/@original"), 1, DiscordFixture.WAIT);
        LoopbackDiscord.Call refusal = discord.await(c -> c.is("POST", webhook(export)), 1, DiscordFixture.WAIT)
                .get(0);
        assertThat(refusal.json().path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(refusal.json().toString()).contains("export ability");
        assertThat(discord.calls(c -> !c.files().isEmpty() && c.path().contains(export.token())))
                .isEmpty();
    }

    @Test
    void an_export_by_a_user_with_the_export_ability_arrives_by_dm_only() throws Exception {
        LoopbackDiscord.Interaction export =
                discord.slashCommand(DiscordFixture.MARIA, CHANNEL, "export", Map.of("segment", "cluster 0"));
        String dm = discord.dmChannel(DiscordFixture.MARIA);

        LoopbackDiscord.Call file = discord.await(
                        c -> c.is("POST", "channels/" + dm + "/messages")
                                && !c.files().isEmpty(),
                        1,
                        DiscordFixture.WAIT)
                .get(0);
        assertThat(file.files().get(0).name()).endsWith(".csv");
        String csv = new String(file.files().get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("customer_id");
        assertThat(discord.calls(c -> c.is("POST", "users/@me/channels")))
                .extracting(c -> c.json().path("recipient_id").asText())
                .contains(DiscordFixture.MARIA);
        awaitEdit(export, "went to you privately");
        assertThat(discord.calls(c -> c.files().stream().anyMatch(f -> f.name().matches("run-\\d+-.*\\.csv"))))
                .as("no customer export anywhere but the DM")
                .allSatisfy(c -> assertThat(c.path()).isEqualTo("channels/" + dm + "/messages"));
    }

    @Test
    void the_export_csv_and_re_run_buttons_of_an_analysis_do_what_they_say() throws Exception {
        String dm = discord.dmChannel(DiscordFixture.MARIA);
        LoopbackDiscord.Interaction export =
                discord.button(DiscordFixture.MARIA, CHANNEL, discord.snowflake(), "export_csv|run 1");
        LoopbackDiscord.Interaction rerun =
                discord.button(DiscordFixture.MARIA, CHANNEL, discord.snowflake(), "rerun|run shop --k 3");

        assertThat(callback(export).json().path("type").asInt()).isEqualTo(5);
        LoopbackDiscord.Call file = discord.await(
                        c -> c.is("POST", "channels/" + dm + "/messages")
                                && c.files().stream().anyMatch(f -> f.name().equals("run-1-all.csv")),
                        1,
                        DiscordFixture.WAIT)
                .get(0);
        long rows = new String(file.files().get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .count();
        assertThat(rows).as("a heading and the 400 customers of run 1").isEqualTo(401);
        assertThat(callback(rerun).json().path("type").asInt()).isEqualTo(5);
        assertThat(awaitEdit(rerun, "Analysis run").get(0).json().toString()).contains("run shop --k 3");
    }

    @Test
    void schedule_add_with_a_channel_option_schedules_a_report_for_that_discord_channel() throws Exception {
        LoopbackDiscord.Interaction add = discord.slashCommand(
                DiscordFixture.MARIA,
                CHANNEL,
                "schedule add",
                Map.of(
                        "name", "monday",
                        "kind", "segments",
                        "cron", "0 9 * * MON",
                        "zone", "Europe/Paris",
                        "channel", LoopbackDiscord.REPORTS_CHANNEL_ID));

        assertThat(awaitEdit(add, "Scheduled").get(0).json().toString()).contains("`monday`");
        assertThat(bot.core.scheduler().list()).anySatisfy(schedule -> {
            assertThat(schedule.name()).isEqualTo("monday");
            assertThat(schedule.platform()).isEqualTo("discord");
            assertThat(schedule.channel()).isEqualTo(LoopbackDiscord.REPORTS_CHANNEL_ID);
            assertThat(schedule.zone()).isEqualTo(java.time.ZoneId.of("Europe/Paris"));
        });
    }

    @Test
    void autocomplete_suggests_datasets_runs_and_segments_from_the_store() throws Exception {
        LoopbackDiscord.Interaction datasets =
                discord.autocomplete(DiscordFixture.GUEST, CHANNEL, "run", "dataset", "sh");
        LoopbackDiscord.Interaction runs = discord.autocomplete(DiscordFixture.GUEST, CHANNEL, "name", "run", "");
        LoopbackDiscord.Interaction segments =
                discord.autocomplete(DiscordFixture.GUEST, CHANNEL, "export", "segment", "clu");

        JsonNode shop = callback(datasets).json();
        assertThat(shop.path("type").asInt()).isEqualTo(8);
        assertThat(shop.path("data").path("choices").findValuesAsText("value")).containsExactly("shop");
        assertThat(callback(runs).json().path("data").path("choices").findValuesAsText("value"))
                .startsWith("latest", "1");
        assertThat(callback(segments).json().path("data").path("choices").findValuesAsText("value"))
                .containsExactly("cluster 0", "cluster 1", "cluster 2");
    }

    @Test
    void a_job_that_outlives_the_interaction_hook_posts_its_result_as_a_channel_message_naming_the_requester()
            throws Exception {
        // Hold the job at its first progress edit, move the hooks' clock past Discord's 15 minutes, go on.
        LoopbackDiscord.Hold hold = discord.hold(
                c -> c.method().equals("PATCH") && c.json().toString().contains("starting"));
        LoopbackDiscord.Interaction run =
                discord.slashCommand(DiscordFixture.MARIA, CHANNEL, "run", Map.of("dataset", "shop", "k", 3));
        hold.awaitHeld(DiscordFixture.WAIT);
        bot.hookClock.advance(java.time.Duration.ofMinutes(16));
        hold.release();

        LoopbackDiscord.Call result = discord.await(
                        c -> c.is("POST", "channels/" + CHANNEL + "/messages")
                                && c.json().toString().contains("Analysis run"),
                        1,
                        DiscordFixture.WAIT)
                .get(0);
        assertThat(result.content()).isEqualTo("<@" + DiscordFixture.MARIA + ">");
        assertThat(result.json().path("allowed_mentions").path("users").toString())
                .isEqualTo("[\"" + DiscordFixture.MARIA + "\"]");
        assertThat(result.json().path("allowed_mentions").path("parse")).isEmpty();
        assertThat(discord.calls(c ->
                        c.path().startsWith(webhook(run)) && c.json().toString().contains("Analysis run")))
                .as("the expired reply is not edited any more")
                .isEmpty();
    }

    @Test
    void a_reply_discord_stops_accepting_early_falls_back_to_a_channel_message_naming_the_requester() throws Exception {
        LoopbackDiscord.Hold deferral = discord.hold(
                c -> c.path().startsWith("interactions/") && c.path().endsWith("/callback"));
        LoopbackDiscord.Interaction report =
                discord.slashCommand(DiscordFixture.MARIA, CHANNEL, "report", Map.of("kind", "churn"));
        deferral.awaitHeld(DiscordFixture.WAIT);
        discord.expireToken(report.token()); // Discord will refuse the token's edits (50027)
        deferral.release();

        LoopbackDiscord.Call moved = discord.await(
                        c -> c.is("POST", "channels/" + CHANNEL + "/messages")
                                && c.json().toString().contains("report churn"),
                        1,
                        DiscordFixture.WAIT)
                .get(0);
        assertThat(moved.content()).isEqualTo("<@" + DiscordFixture.MARIA + ">");
        LoopbackDiscord.Call result = discord.await(
                        c -> c.is("PATCH", "channels/" + CHANNEL + "/messages/\\d+")
                                && c.json().toString().contains("Churn risk of run"),
                        1,
                        DiscordFixture.WAIT)
                .get(0);
        assertThat(result.content()).isEqualTo("<@" + DiscordFixture.MARIA + ">");
    }

    @Test
    void a_long_answer_is_split_across_messages_within_discords_limits_with_nothing_lost() throws Exception {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 700; i++) {
            rows.add(List.of("customer-" + i, Integer.toString(i * 7)));
        }
        StringBuilder notes = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            notes.append("note ").append(i).append(": lorem ipsum dolor sit amet\n");
        }
        String paragraph = notes.toString().strip();
        io.segbot.bot.message.OutgoingMessage answer = io.segbot.bot.message.OutgoingMessage.builder()
                .heading("A very long answer")
                .markdown(paragraph)
                .add(new io.segbot.bot.message.Part.Table(
                        "Customers",
                        List.of(
                                new io.segbot.bot.message.Part.Column(
                                        "customer", io.segbot.bot.message.Part.Align.LEFT),
                                new io.segbot.bot.message.Part.Column(
                                        "orders", io.segbot.bot.message.Part.Align.RIGHT)),
                        rows))
                .source("test source")
                .build();

        bot.adapter
                .outbox()
                .post(new io.segbot.bot.Address("discord", LoopbackDiscord.REPORTS_CHANNEL_ID, null), answer);

        List<LoopbackDiscord.Call> posts =
                discord.calls(c -> c.is("POST", "channels/" + LoopbackDiscord.REPORTS_CHANNEL_ID + "/messages"));
        assertThat(posts).hasSizeGreaterThan(1);
        StringBuilder all = new StringBuilder();
        for (LoopbackDiscord.Call post : posts) {
            JsonNode embeds = post.json().path("embeds");
            assertThat(embeds.size()).isBetween(1, 10);
            int total = 0;
            for (JsonNode embed : embeds) {
                String description = embed.path("description").asText("");
                assertThat(description.length()).isLessThanOrEqualTo(4096);
                assertThat(description.split("```", -1).length % 2)
                        .as("code fences balanced")
                        .isEqualTo(1);
                total += description.length()
                        + embed.path("title").asText("").length()
                        + embed.path("footer").path("text").asText("").length();
                all.append(description).append('\n');
            }
            assertThat(total).isLessThanOrEqualTo(6000);
            assertThat(post.content().length()).isLessThanOrEqualTo(2000);
        }
        for (int i = 1; i <= 700; i++) {
            assertThat(all.toString()).containsOnlyOnce("customer-" + i + " ");
        }
        for (int i = 1; i <= 300; i++) {
            assertThat(all.toString()).containsOnlyOnce("note " + i + ": lorem ipsum dolor sit amet");
        }
        assertThat(posts.get(posts.size() - 1).json().toString()).contains("test source");
    }

    private LoopbackDiscord.Call callback(LoopbackDiscord.Interaction interaction) throws InterruptedException {
        return discord.await(
                        c -> c.is("POST", "interactions/" + interaction.id() + "/" + interaction.token() + "/callback"),
                        1,
                        DiscordFixture.WAIT)
                .get(0);
    }

    private static String webhook(LoopbackDiscord.Interaction interaction) {
        return "webhooks/" + BOT + "/" + interaction.token();
    }

    /** The edits of the deferred reply, in order, once one of them contains {@code text}. */
    private List<LoopbackDiscord.Call> awaitEdit(LoopbackDiscord.Interaction interaction, String text)
            throws InterruptedException {
        String original = webhook(interaction) + "/messages/@original";
        discord.await(c -> c.is("PATCH", original) && c.json().toString().contains(text), 1, DiscordFixture.WAIT);
        return discord.calls(c -> c.is("PATCH", original));
    }
}
