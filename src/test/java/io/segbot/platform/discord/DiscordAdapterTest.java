package io.segbot.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.segbot.platform.discord.loopback.LoopbackDiscord;
import io.segbot.report.ReportSchedule;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The real JDA against the loopback Discord: connecting, registering /segbot, mentions and DMs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordAdapterTest {
    /** JDA always asks for GUILDS (not privileged): it keeps the guild and channel cache. */
    private static final int GUILDS = 1;

    private static final int GUILD_MESSAGES = 1 << 9;
    private static final int DIRECT_MESSAGES = 1 << 12;
    private static final int MESSAGE_CONTENT = 1 << 15;

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
    void it_connects_with_only_the_guild_guild_message_and_dm_intents_and_registers_segbot_in_the_guild()
            throws Exception {
        assertThat(bot.status).startsWith("discord: connected as @segbot").contains("/segbot registered in Loopback");
        assertThat(discord.identifiedIntents()).isEqualTo(GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES);
        assertThat(discord.identifiedIntents() & MESSAGE_CONTENT).isZero();

        LoopbackDiscord.Call registered = discord.await(
                        c -> c.is(
                                "PUT",
                                "applications/" + LoopbackDiscord.BOT_ID + "/guilds/" + LoopbackDiscord.GUILD_ID
                                        + "/commands"),
                        1,
                        DiscordFixture.WAIT)
                .get(0);
        JsonNode segbot = registered.json().path("items").get(0);
        assertThat(segbot.path("name").asText()).isEqualTo("segbot");
        List<String> options = segbot.path("options").findValuesAsText("name");
        assertThat(options)
                .contains(
                        "ask",
                        "run",
                        "mece",
                        "name",
                        "report",
                        "export",
                        "schedule",
                        "datasets",
                        "status",
                        "cancel",
                        "help");
        assertThat(segbot.toString()).contains("\"autocomplete\":true");
    }

    @Test
    void a_mention_in_a_channel_is_answered_in_a_thread_started_on_the_question() throws Exception {
        String question =
                discord.mention(DiscordFixture.GUEST, LoopbackDiscord.CHANNEL_ID, "how many customers do we have?");

        LoopbackDiscord.Call thread = discord.await(
                        c -> c.is(
                                "POST",
                                "channels/" + LoopbackDiscord.CHANNEL_ID + "/messages/" + question + "/threads"),
                        1,
                        DiscordFixture.WAIT)
                .get(0);
        assertThat(thread.json().path("name").asText()).isEqualTo("how many customers do we have?");
        LoopbackDiscord.Call answer = discord.await(
                        c -> c.is("POST", "channels/" + question + "/messages"), 1, DiscordFixture.WAIT)
                .get(0);
        assertThat(answer.json().path("embeds").toString()).contains("400");
        assertThat(answer.json().path("allowed_mentions").path("parse")).isEmpty();
    }

    @Test
    void a_follow_up_in_the_answers_thread_is_answered_there_with_the_threads_memory() throws Exception {
        String question = discord.mention(DiscordFixture.GUEST, LoopbackDiscord.CHANNEL_ID, "compare segment 0 and 1");
        discord.await(c -> c.is("POST", "channels/" + question + "/messages"), 1, DiscordFixture.WAIT);

        discord.mention(DiscordFixture.GUEST, question, "what about segment 2?");

        List<LoopbackDiscord.Call> answers =
                discord.await(c -> c.is("POST", "channels/" + question + "/messages"), 2, DiscordFixture.WAIT);
        assertThat(answers.get(1).json().path("embeds").toString())
                .as("segment 2 compared with segment 0 of the thread's first question")
                .containsPattern("\\*\\*Cluster 0 \\([^)]+\\)\\*\\* vs \\*\\*Cluster 2 \\(");
        assertThat(discord.calls(c -> c.path().endsWith("/threads")))
                .extracting(LoopbackDiscord.Call::path)
                .as("no second thread")
                .containsOnlyOnce("channels/" + LoopbackDiscord.CHANNEL_ID + "/messages/" + question + "/threads");
    }

    @Test
    void a_direct_message_is_answered_in_the_dm_as_a_reply_to_the_question() throws Exception {
        String question = discord.directMessage(DiscordFixture.GUEST, "how many customers do we have?");
        String dm = discord.dmChannel(DiscordFixture.GUEST);

        LoopbackDiscord.Call answer = discord.await(
                        c -> c.is("POST", "channels/" + dm + "/messages"), 1, DiscordFixture.WAIT)
                .get(0);
        assertThat(answer.json().path("message_reference").path("message_id").asText())
                .isEqualTo(question);
        assertThat(answer.json().path("embeds").toString()).contains("400");
    }

    @Test
    void a_slash_command_is_deferred_first_then_its_answer_edits_the_deferred_reply() throws Exception {
        LoopbackDiscord.Interaction datasets =
                discord.slashCommand(DiscordFixture.GUEST, LoopbackDiscord.CHANNEL_ID, "datasets", Map.of());

        LoopbackDiscord.Call deferred = discord.await(
                        c -> c.is("POST", "interactions/" + datasets.id() + "/" + datasets.token() + "/callback"),
                        1,
                        DiscordFixture.WAIT)
                .get(0);
        assertThat(deferred.json().path("type").asInt()).isEqualTo(5);
        LoopbackDiscord.Call edit = discord.await(
                        c -> c.is(
                                "PATCH",
                                "webhooks/" + LoopbackDiscord.BOT_ID + "/" + datasets.token() + "/messages/@original"),
                        1,
                        DiscordFixture.WAIT)
                .get(0);
        assertThat(edit.json().path("embeds").toString())
                .contains("shop")
                .contains("carts")
                .contains("```");
        assertThat(edit.nanos()).isGreaterThan(deferred.nanos());
    }

    @Test
    void a_scheduled_report_is_posted_to_its_channel_and_one_discord_refuses_is_reported_to_who_scheduled_it()
            throws Exception {
        discord.failChannel(LoopbackDiscord.LOCKED_CHANNEL_ID, 50013);
        bot.core
                .scheduler()
                .add(
                        new ReportSchedule(
                                "weekly",
                                "segments",
                                "* * * * *",
                                ZoneOffset.UTC,
                                "discord",
                                LoopbackDiscord.REPORTS_CHANNEL_ID,
                                false),
                        "discord:" + DiscordFixture.MARIA);
        bot.core
                .scheduler()
                .add(
                        new ReportSchedule(
                                "locked",
                                "churn",
                                "* * * * *",
                                ZoneOffset.UTC,
                                "discord",
                                LoopbackDiscord.LOCKED_CHANNEL_ID,
                                false),
                        "discord:" + DiscordFixture.MARIA);
        bot.core
                .scheduler()
                .add(
                        new ReportSchedule(
                                "gone", "clv", "* * * * *", ZoneOffset.UTC, "discord", "1399999999999999999", false),
                        "discord:" + DiscordFixture.MARIA);
        bot.coreClock.advance(Duration.ofMinutes(2));
        bot.core.scheduler().tick();

        LoopbackDiscord.Call report = discord.await(
                        c -> c.is("POST", "channels/" + LoopbackDiscord.REPORTS_CHANNEL_ID + "/messages"),
                        1,
                        DiscordFixture.WAIT)
                .get(0);
        assertThat(report.json().path("embeds").toString()).contains("```");
        String dm = discord.dmChannel(DiscordFixture.MARIA);
        List<String> told =
                discord.await(c -> c.is("POST", "channels/" + dm + "/messages"), 2, DiscordFixture.WAIT).stream()
                        .map(c -> c.json().path("embeds").toString())
                        .toList();
        assertThat(told)
                .anySatisfy(text -> assertThat(text)
                        .contains("`locked`")
                        .contains("50013 Missing Permissions")
                        .contains("Send Messages")
                        .contains("/segbot schedule remove locked"))
                .anySatisfy(text ->
                        assertThat(text).contains("`gone`").contains("can't see a channel 1399999999999999999"));
    }

    @Test
    void a_discord_role_on_the_allow_list_grants_its_members_the_ability() throws Exception {
        String analyst = "2100000000000000003";
        String stranger = "2100000000000000004";
        LoopbackDiscord.Interaction allowed = discord.slashCommand(
                analyst,
                LoopbackDiscord.CHANNEL_ID,
                "report",
                Map.of("kind", "segments"),
                LoopbackDiscord.ANALYST_ROLE_ID);
        LoopbackDiscord.Interaction refused =
                discord.slashCommand(stranger, LoopbackDiscord.CHANNEL_ID, "report", Map.of("kind", "segments"));

        String allowedReply = "webhooks/" + LoopbackDiscord.BOT_ID + "/" + allowed.token();
        assertThat(discord.await(c -> c.is("PATCH", allowedReply + "/messages/@original"), 1, DiscordFixture.WAIT)
                        .get(0)
                        .json()
                        .toString())
                .contains("report segments");
        String refusedReply = "webhooks/" + LoopbackDiscord.BOT_ID + "/" + refused.token();
        LoopbackDiscord.Call refusal = discord.await(c -> c.is("POST", refusedReply), 1, DiscordFixture.WAIT)
                .get(0);
        assertThat(refusal.json().toString()).contains("run ability");
        assertThat(refusal.json().path("flags").asInt() & 64).isEqualTo(64);
    }
}
