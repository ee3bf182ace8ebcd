package io.segbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.segbot.ShiftedClock;
import io.segbot.bot.Ability;
import io.segbot.bot.BotCore;
import io.segbot.bot.BotServices;
import io.segbot.bot.BotSettings;
import io.segbot.bot.Grant;
import io.segbot.bot.PermissionPolicy;
import io.segbot.bot.TokenBuckets;
import io.segbot.chat.ChatEngine;
import io.segbot.chat.ConversationMemory;
import io.segbot.chat.Exports;
import io.segbot.chat.Phraser;
import io.segbot.chat.RunSnapshots;
import io.segbot.chat.intent.IntentClassifier;
import io.segbot.ingest.Importer;
import io.segbot.ingest.TransactionGenerator;
import io.segbot.llm.NoModel;
import io.segbot.mece.CartAbandonerGenerator;
import io.segbot.mece.CartCsv;
import io.segbot.mece.MeceConfig;
import io.segbot.mecerun.CartAbandonerImport;
import io.segbot.mecerun.MeceRunRepository;
import io.segbot.naming.PersonaBook;
import io.segbot.report.ReportSchedule;
import io.segbot.report.Reports;
import io.segbot.segmentation.AnalysisService;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.ConversationRepository;
import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole flows through the real Bolt app (HTTP mode), the real core (runtime's BotCore over a seeded
 * H2 store, no model) and the loopback Web API: what a Slack user would see.
 */
class SlackFlowTest {

    private static final String SECRET = "flow-test-secret";
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final LocalDate CART_AS_OF = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;

    private final ShiftedClock clock = new ShiftedClock();
    private Database database;
    private BotCore core;
    private FakeSlackApi slack;
    private SlackAdapter adapter;
    private SlackRequests requests;

    @BeforeEach
    void start() throws Exception {
        database = Database.inMemory("slack-flow-" + UUID.randomUUID());
        seed();
        slack = new FakeSlackApi();
        slack.userGroups.put("S0ANALYSTS", List.of("U0JOAO")); // João may run only through this group
        PermissionPolicy policy = new PermissionPolicy(
                Map.of(
                        Ability.ASK, Grant.toEveryone(),
                        Ability.RUN, new Grant(false, Set.of("U0MARIA"), Set.of("S0ANALYSTS"), Set.of()),
                        Ability.EXPORT, Grant.toUsers("U0MARIA"),
                        Ability.SCHEDULE, Grant.toUsers("U0MARIA")),
                "bot-config/segbot.yaml");
        BotServices services = new BotServices(
                database,
                MeceConfig::defaults,
                () -> PersonaBook.load(Path.of(PersonaBook.FILE)),
                new NoModel("tests run without a model"),
                schedule -> Reports.build(database, schedule.kind(), null, null),
                clock);
        core = new BotCore(
                services,
                engine(),
                policy,
                new TokenBuckets(TokenBuckets.defaultLimits(), clock),
                BotSettings.defaults());
        adapter = new SlackAdapter(
                new SlackConnection("xoxb-test", null, SECRET, slack.url(), "127.0.0.1", 0),
                SlackAdapter.CALL_TIMEOUT,
                null); // the Home tab shows the core's dashboard, as serve wires it
        core.register(adapter.outbox());
        core.start();
        adapter.start(core);
        requests = new SlackRequests(adapter.httpPort(), SECRET);
    }

    private void seed() throws Exception {
        Path orders = dir.resolve("shop.csv");
        try (Writer writer = Files.newBufferedWriter(orders, StandardCharsets.UTF_8)) {
            TransactionGenerator.write(
                    new TransactionGenerator.Spec(400, 7, LocalDate.of(2023, 1, 1), 730, 14, 20), writer);
        }
        new Importer(database).importTransactions(Importer.Request.of(orders));
        new AnalysisService(database, Clock.systemUTC()).analyze(new AnalysisService.Request(null, null, 3, 42, 365));
        Path carts = dir.resolve("carts.csv");
        try (Writer writer = Files.newBufferedWriter(carts, StandardCharsets.UTF_8)) {
            CartCsv.write(CartAbandonerGenerator.generate(3_000, 42, CART_AS_OF, true), writer);
        }
        CartAbandonerImport.importFile(database, Importer.Request.of(carts), CART_AS_OF);
    }

    private ChatEngine engine() {
        return new ChatEngine(
                IntentClassifier.fromClasspath(),
                new RunSnapshots(new RunRepository(database), new DatasetRepository(database)),
                new ConversationMemory(
                        new ConversationRepository(database), Clock.systemUTC(), 10, Duration.ofMinutes(30)),
                Phraser.NONE,
                new Exports(dir.resolve("exports")),
                new MeceRunRepository(database));
    }

    @AfterEach
    void stop() {
        adapter.close();
        core.close();
        slack.close();
        database.close();
    }

    @Test
    void a_question_is_answered_once_in_its_thread_with_source_and_feedback_even_when_slack_retries() throws Exception {
        String body = SlackRequests.mention(
                "EvQ1", "U0GUEST", "C0CHAN", "1700000000.000100", "<@U0BOT> how many customers do we have?");
        assertThat(requests.send(body, true).statusCode()).isEqualTo(200);
        assertThat(requests.send(
                                body,
                                true,
                                Map.of("X-Slack-Retry-Num", "1"),
                                java.time.Instant.now().getEpochSecond())
                        .statusCode())
                .isEqualTo(200);

        FakeSlackApi.Call answer = slack.await("chat.postMessage", 1, WAIT).get(0);
        assertThat(answer.param("channel")).isEqualTo("C0CHAN");
        assertThat(answer.param("thread_ts")).isEqualTo("1700000000.000100");
        JsonNode blocks = answer.json("blocks");
        assertThat(blocks.get(0).get("text").asText()).contains("400");
        assertThat(blocks.toString())
                .contains("\"type\":\"context\"")
                .contains("dataset shop")
                .contains("feedback_buttons");
        Thread.sleep(500);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void mece_posts_progress_then_the_result_and_name_segments_posts_the_names() throws Exception {
        assertThat(requests.send(
                                SlackRequests.command("mece carts --as-of 2025-06-30", "U0MARIA", "C0CHAN", "t.m1"),
                                false)
                        .body())
                .contains("ephemeral")
                .contains("queued");
        FakeSlackApi.Call progress = slack.await("chat.postMessage", 1, WAIT).get(0);
        assertThat(progress.param("channel")).isEqualTo("C0CHAN");
        assertThat(progress.param("text")).contains("Job 1");
        String ts = "";
        JsonNode button = null;
        long end = System.nanoTime() + WAIT.toNanos();
        while (button == null && System.nanoTime() < end) {
            for (FakeSlackApi.Call update : slack.calls("chat.update")) {
                for (JsonNode block : update.json("blocks")) {
                    for (JsonNode element : block.path("elements")) {
                        if ("name_segments".equals(element.path("action_id").asText())) {
                            button = element;
                            ts = update.param("ts");
                        }
                    }
                }
            }
            Thread.sleep(50);
        }
        assertThat(button)
                .as("the result replaces the progress line and offers Name segments")
                .isNotNull();
        assertThat(ts).isEqualTo(progress.param("_ts"));

        String click =
                "{\"type\":\"block_actions\",\"user\":{\"id\":\"U0MARIA\",\"username\":\"maria\",\"team_id\":\"T0TEAM\"},"
                        + "\"api_app_id\":\"A0APP\",\"token\":\"legacy\",\"container\":{\"type\":\"message\",\"message_ts\":\""
                        + ts
                        + "\",\"channel_id\":\"C0CHAN\",\"is_ephemeral\":false},\"trigger_id\":\"t.click\",\"team\":{\"id\":"
                        + "\"T0TEAM\",\"domain\":\"x\"},\"channel\":{\"id\":\"C0CHAN\",\"name\":\"marketing\"},\"actions\":[{"
                        + "\"action_id\":\"name_segments\",\"block_id\":\"b\",\"text\":{\"type\":\"plain_text\",\"text\":\"Name segments\"},"
                        + "\"value\":\"" + button.get("value").asText()
                        + "\",\"type\":\"button\",\"action_ts\":\"1700000009.1\"}]}";
        assertThat(requests.send("payload=" + URLEncoder.encode(click, StandardCharsets.UTF_8), false)
                        .statusCode())
                .isEqualTo(200);

        List<FakeSlackApi.Call> posts = slack.await("chat.postMessage", 2, WAIT);
        FakeSlackApi.Call naming = posts.get(1);
        assertThat(naming.param("channel")).isEqualTo("C0CHAN");
        // the naming job's progress line is replaced by the jury's names
        String namingTs = naming.param("_ts");
        long until = System.nanoTime() + WAIT.toNanos();
        String names = "";
        while (!names.contains("Names for MECE run 1") && System.nanoTime() < until) {
            for (FakeSlackApi.Call update : slack.calls("chat.update")) {
                if (namingTs.equals(update.param("ts"))) {
                    names = update.param("blocks");
                }
            }
            Thread.sleep(50);
        }
        assertThat(names)
                .contains("Names for MECE run 1")
                .contains("\"type\":\"table\"")
                .contains("naming run 1");
        // progress: one post, then updates of that same message step by step, then the result
        String resultTs = ts;
        assertThat(slack.calls("chat.update"))
                .filteredOn(u -> u.param("ts").equals(resultTs))
                .extracting(u -> u.param("text"))
                .endsWith("MECE run 1 is ready")
                .allMatch(text -> text.startsWith("Job 1 `mece carts --as-of 2025-06-30`: step ")
                        || text.equals("MECE run 1 is ready"));
    }

    @Test
    void an_export_goes_only_to_the_requesters_dm() throws Exception {
        requests.send(SlackRequests.command("export cluster 0", "U0MARIA", "C0CHAN", "t.e1"), false);

        FakeSlackApi.Call complete =
                slack.await("files.completeUploadExternal", 1, WAIT).get(0);
        assertThat(complete.param("channel_id")).isEqualTo("DU0MARIA");
        assertThat(slack.calls("conversations.open").get(0).param("users")).isEqualTo("U0MARIA");
        assertThat(slack.calls("files.completeUploadExternal"))
                .allSatisfy(c -> assertThat(c.param("channel_id")).startsWith("D"));
    }

    @Test
    void a_scheduled_report_is_delivered_to_its_channel_and_one_the_bot_is_not_in_is_reported() throws Exception {
        core.scheduler()
                .add(
                        new ReportSchedule(
                                "weekly",
                                "segments",
                                "* * * * *",
                                java.time.ZoneOffset.UTC,
                                "slack",
                                "C0REPORTS",
                                false),
                        "slack:U0MARIA");
        core.scheduler()
                .add(
                        new ReportSchedule(
                                "private", "churn", "* * * * *", java.time.ZoneOffset.UTC, "slack", "G0PRIVATE", false),
                        "slack:U0MARIA");
        slack.failNext("chat.postMessage", "channel_not_found"); // the first report post: G0PRIVATE or C0REPORTS
        clock.advance(Duration.ofMinutes(2));
        core.scheduler().tick();

        List<FakeSlackApi.Call> posts = slack.await("chat.postMessage", 2, WAIT);
        assertThat(posts).extracting(c -> c.param("channel")).contains("C0REPORTS");
        FakeSlackApi.Call told = posts.stream()
                .filter(c -> !c.param("channel").equals("C0REPORTS")
                        && !c.param("channel").equals("G0PRIVATE"))
                .findFirst()
                .orElseThrow();
        assertThat(told.param("text")).contains("/invite @segbot");
    }

    @Test
    void the_home_tab_shows_the_latest_runs_segments_the_viewers_jobs_and_the_schedules() throws Exception {
        requests.send(SlackRequests.command("mece carts --as-of 2025-06-30", "U0MARIA", "C0CHAN", "t.h1"), false);
        long end = System.nanoTime() + WAIT.toNanos();
        while (slack.calls("chat.update").stream().noneMatch(u -> "MECE run 1 is ready".equals(u.param("text")))
                && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        core.scheduler()
                .add(
                        new ReportSchedule(
                                "weekly",
                                "segments",
                                "0 9 * * MON",
                                java.time.ZoneOffset.UTC,
                                "slack",
                                "C0REPORTS",
                                false),
                        "slack:U0MARIA");
        String opened = "{\"token\":\"legacy\",\"team_id\":\"T0TEAM\",\"api_app_id\":\"A0APP\",\"type\":"
                + "\"event_callback\",\"event_id\":\"EvHome\",\"event_time\":1700000000,\"event\":{\"type\":"
                + "\"app_home_opened\",\"user\":\"U0MARIA\",\"channel\":\"D0MARIA\",\"tab\":\"home\","
                + "\"event_ts\":\"1700000000.1\"}}";
        assertThat(requests.send(opened, true).statusCode()).isEqualTo(200);

        JsonNode view = slack.await("views.publish", 1, WAIT).get(0).json("view");
        String blocks = view.get("blocks").toString();
        assertThat(view.get("type").asText()).isEqualTo("home");
        assertThat(blocks)
                .contains("Latest analysis run 1 · dataset shop")
                .contains("\"type\":\"table\"")
                .contains("Job 1")
                .contains("succeeded")
                .contains("weekly")
                .contains("C0REPORTS")
                .contains("Run analysis")
                .contains("Segments report");
    }

    @Test
    void a_user_allowed_only_through_a_slack_user_group_may_run_and_anyone_else_is_refused_politely() throws Exception {
        String joao = requests.send(
                        SlackRequests.command("mece carts --as-of 2025-06-30", "U0JOAO", "C0CHAN", "t.g1"), false)
                .body();
        assertThat(joao).contains("ephemeral").contains("queued");
        assertThat(slack.calls("usergroups.list")).isNotEmpty();
        assertThat(slack.calls("usergroups.list").get(0).param("include_users")).isEqualTo("1");

        String pedro = requests.send(
                        SlackRequests.command("mece carts --as-of 2025-06-30", "U0PEDRO", "C0CHAN", "t.g2"), false)
                .body();
        assertThat(pedro)
                .contains("\"response_type\":\"ephemeral\"")
                .contains("Sorry, that needs the run ability")
                .contains("an admin grants it in bot-config/segbot.yaml");
        assertThat(pedro).doesNotContain("queued");
    }

    @Test
    void the_21st_question_in_a_minute_gets_an_ephemeral_line_saying_when_to_ask_again() throws Exception {
        for (int i = 1; i <= 21; i++) { // one channel each: Slack paces posts to one channel to about 1 a second
            String ts = "1700000100.0000" + (10 + i);
            requests.send(
                    SlackRequests.mention("EvRate" + i, "U0ANA", "C0R" + i, ts, "<@U0BOT> how many customers?"), true);
        }
        List<FakeSlackApi.Call> refused = slack.await("chat.postEphemeral", 1, WAIT);
        assertThat(refused.get(0).param("user")).isEqualTo("U0ANA");
        assertThat(refused.get(0).param("channel")).isEqualTo("C0R21");
        assertThat(refused.get(0).param("thread_ts")).isEqualTo("1700000100.000031");
        assertThat(refused.get(0).param("text"))
                .startsWith("You've reached the limit of 20 questions a minute; please try again in");
        slack.await("chat.postMessage", 20, WAIT);
        Thread.sleep(300);
        assertThat(slack.calls("chat.postMessage")).hasSize(20);
        assertThat(slack.calls("chat.postEphemeral")).hasSize(1);
    }

    @Test
    void a_scheduled_report_for_a_channel_the_bot_is_not_in_tells_its_owner_and_is_retried_after_the_invite()
            throws Exception {
        core.scheduler()
                .add(
                        new ReportSchedule(
                                "private",
                                "segments",
                                "* * * * *",
                                java.time.ZoneOffset.UTC,
                                "slack",
                                "G0PRIVATE",
                                false),
                        "slack:U0MARIA");
        slack.failNext("chat.postMessage", "not_in_channel");
        clock.advance(Duration.ofMinutes(2));
        core.scheduler().tick();

        List<FakeSlackApi.Call> posts = slack.await("chat.postMessage", 2, WAIT);
        assertThat(posts.get(0).param("channel")).isEqualTo("G0PRIVATE"); // refused: not_in_channel
        assertThat(slack.calls("conversations.open").get(0).param("users")).isEqualTo("U0MARIA");
        assertThat(posts.get(1).param("channel")).isEqualTo("DU0MARIA");
        assertThat(posts.get(1).param("text"))
                .contains("I couldn't post the scheduled report `private`")
                .contains("invite me with /invite @segbot");
        assertThat(core.scheduler().listWithOutcomes().get(0).lastOutcome()).contains("retrying");

        // Maria invites segbot; the retry a minute later reaches the channel.
        clock.advance(Duration.ofSeconds(70));
        core.scheduler().tick();
        List<FakeSlackApi.Call> after = slack.await("chat.postMessage", 3, WAIT);
        assertThat(after.get(2).param("channel")).isEqualTo("G0PRIVATE");
        assertThat(after.get(2).param("text")).isNotBlank();
        assertThat(core.scheduler().listWithOutcomes().get(0).lastOutcome()).startsWith("delivered");
    }
}
