package io.segbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conversation turns appended at once to one H2 file by two connections and by two processes (the
 * second reaching the file through the first's AUTO_SERVER, as the command line does while serve
 * runs): numbered 1..n without a gap or a lost turn. H2 has no advisory locks; the turn's primary
 * key decides, and the loser numbers again (ConversationRepository).
 */
class ConversationTurnsOnH2Test {
    static final String KEY = "slack:C1:T1";
    static final Instant SINCE = Instant.parse("2025-03-03T08:00:00Z");

    @TempDir
    Path folder;

    static void append(Database database, String key, int count, String label) {
        ConversationRepository turns = new ConversationRepository(database);
        for (int i = 0; i < count; i++) {
            turns.append(AppendTurnsProcess.turn(key, label + " " + i), 1000);
        }
    }

    @Test
    void two_connections_appending_to_one_conversation_at_once_number_its_turns_1_to_80() throws Exception {
        Path file = folder.resolve("segbot");
        try (Database first = Database.open(file);
                Database second = Database.open(file)) {
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                CyclicBarrier barrier = new CyclicBarrier(2);
                List<Future<?>> done = new ArrayList<>();
                for (Database instance : List.of(first, second)) {
                    String label = instance == first ? "first" : "second";
                    done.add(threads.submit(() -> {
                        ConversationRepository turns = new ConversationRepository(instance);
                        for (int round = 0; round < 40; round++) {
                            barrier.await(20, TimeUnit.SECONDS);
                            turns.append(AppendTurnsProcess.turn(KEY, label + " " + round), 1000);
                        }
                        return null;
                    }));
                }
                for (Future<?> future : done) {
                    future.get(60, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }
            assertNumbered(new ConversationRepository(first).recent(KEY, SINCE), 40);
        }
    }

    @Test
    void two_processes_appending_to_one_conversation_at_once_number_its_turns_1_to_120() throws Exception {
        Path file = folder.resolve("segbot");
        try (Database database = Database.open(file)) {
            Process other = ChildJvm.start(
                    AppendTurnsProcess.class, folder.resolve("other.err"), file.toString(), KEY, "60", "other");
            try {
                BufferedReader out = ChildJvm.output(other);
                assertThat(out.readLine())
                        .as("the other process opened the file")
                        .isEqualTo("ready");
                Writer in = new OutputStreamWriter(other.getOutputStream(), StandardCharsets.UTF_8);
                in.write("go\n");
                in.flush();
                append(database, KEY, 60, "this");
                assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(other.exitValue())
                        .as(Files.readString(folder.resolve("other.err")))
                        .isZero();
                assertThat(out.readLine()).isEqualTo("done");
            } finally {
                other.destroyForcibly();
            }
            assertNumbered(new ConversationRepository(database).recent(KEY, SINCE), 60);
        }
    }

    /** Turns 1..2n, n of each writer, each writer's in its own order. */
    private static void assertNumbered(List<ConversationRepository.Turn> turns, int each) {
        assertThat(turns.stream().map(ConversationRepository.Turn::turnNo))
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, 2L * each).boxed().toList());
        var byWriter = turns.stream()
                .collect(Collectors.groupingBy(
                        t -> t.question().substring(0, t.question().indexOf(' ')),
                        Collectors.mapping(
                                t -> Integer.parseInt(
                                        t.question().substring(t.question().indexOf(' ') + 1)),
                                Collectors.toList())));
        assertThat(byWriter.values()).allSatisfy(numbers -> assertThat(numbers)
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.range(0, each).boxed().toList()));
    }
}
