package io.segbot.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A second process for {@link ConversationTurnsOnH2Test}: opens the H2 file given as its first
 * argument (reaching it through the first process's AUTO_SERVER), prints "ready", waits for a line
 * on stdin, then appends {@code count} turns labelled {@code label} to conversation {@code key}.
 */
public final class AppendTurnsProcess {
    private AppendTurnsProcess() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String key = args[1];
        int count = Integer.parseInt(args[2]);
        String label = args[3];
        try (Database database = Database.open(file)) {
            System.out.println("ready");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            ConversationTurnsOnH2Test.append(database, key, count, label);
        }
        System.out.println("done");
    }

    static ConversationRepository.Turn turn(String key, String question) {
        return new ConversationRepository.Turn(
                key,
                0,
                Instant.parse("2025-03-03T09:00:00Z"),
                "top_segment",
                List.of("rfm:Champions"),
                null,
                null,
                question);
    }
}
