package io.segbot.platform.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.bot.BotCore;
import io.segbot.bot.BotFixture;
import io.segbot.bot.PermissionPolicy;
import io.segbot.chat.Phraser;
import io.segbot.store.Database;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console is an adapter over the same core as Slack and Discord; its local user may do everything. */
class ConsoleChatTest {
    @TempDir
    Path dir;

    Database database;
    BotCore core;
    ConsoleChat chat;
    LinkedBlockingQueue<String> printed = new LinkedBlockingQueue<>();

    @BeforeEach
    void setUp() throws Exception {
        database = Database.inMemory("console-" + UUID.randomUUID());
        BotFixture.seed(database, dir);
        core = BotFixture.core(database, Phraser.NONE, dir, PermissionPolicy.defaults("segbot.yaml"));
        core.register(new ConsoleOutbox(dir.resolve("out"), printed::add));
        chat = new ConsoleChat(core, "maria", dir.resolve("history"));
    }

    @AfterEach
    void tearDown() {
        core.close();
        database.close();
    }

    String next(String starting) throws InterruptedException {
        for (String line = printed.poll(30, TimeUnit.SECONDS);
                line != null;
                line = printed.poll(30, TimeUnit.SECONDS)) {
            if (line.startsWith(starting)) {
                return line;
            }
        }
        throw new AssertionError("nothing printed starting with " + starting);
    }

    @Test
    void a_question_is_answered_through_the_core() throws Exception {
        assertThat(chat.handle("how many customers do we have?")).isEmpty();
        assertThat(next("segbot> ")).contains("400").contains("Source: run 1 · dataset shop");
    }

    @Test
    void quit_or_exit_alone_on_a_line_leaves_while_a_question_about_quitting_is_a_question() {
        assertThat(ConsoleChat.leaves("/quit")).isTrue();
        assertThat(ConsoleChat.leaves("  Quit ")).isTrue();
        assertThat(ConsoleChat.leaves("exit")).isTrue();
        assertThat(ConsoleChat.leaves("how many customers quit this year")).isFalse();
        assertThat(ConsoleChat.leaves("exit rate")).isFalse();
    }

    @Test
    void slash_commands_use_the_cores_grammar_with_the_consoles_prefix() {
        assertThat(chat.handle("/run --k x"))
                .contains("segbot> --k takes a number of segments from 2 to 20 or 'auto', not 'x'. Usage:"
                        + " /run [DATASET] [--as-of YYYY-MM-DD] [--k N|auto]");
        assertThat(chat.handle("/help cancel")).contains("segbot> /cancel JOB — stop a running job between steps.");
    }

    @Test
    void the_local_user_may_run_jobs_and_sees_their_result() throws Exception {
        assertThat(chat.handle("/run shop --k 3").orElseThrow()).contains("segbot> Job 1 queued: run shop --k 3.");
        assertThat(next("segbot> Analysis run 2 is ready"))
                .contains("Re-run: /run shop --k 3")
                .contains("Name segments: /name 2");
        assertThat(chat.handle("/status 1").orElseThrow()).contains("Job 1 run shop --k 3: succeeded, run 2.");
    }

    @Test
    void the_prompt_waits_for_the_answer_printed_after_the_question_was_sent() throws Exception {
        long before = chat.printed();
        java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
        Thread answerer = new Thread(() -> {
            try {
                waiting.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            chat.countPrinted();
        });
        answerer.start();
        waiting.countDown();

        assertThat(chat.awaitPrinted(before, java.time.Duration.ofSeconds(30))).isTrue();
        answerer.join(30_000);
        assertThat(chat.printed()).isEqualTo(before + 1);
        // nothing more was printed: a second wait from the new count gives up at its deadline
        assertThat(chat.awaitPrinted(chat.printed(), java.time.Duration.ofMillis(20)))
                .isFalse();
    }
}
