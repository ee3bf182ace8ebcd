package io.segbot.chat;

import io.segbot.store.ConversationRepository;
import io.segbot.store.ConversationRepository.Turn;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Per-conversation memory in H2: the last {@code maxTurns} turns, forgotten after {@code idle}
 * without a message. Follow-ups resolve against the newest remembered turn.
 */
public final class ConversationMemory {
    private final ConversationRepository repository;
    private final Clock clock;
    private final int maxTurns;
    private final Duration idle;
    private final boolean remembers;

    public ConversationMemory(ConversationRepository repository, Clock clock, int maxTurns, Duration idle) {
        this(repository, clock, maxTurns, idle, true);
    }

    /**
     * A memory that reads earlier turns but writes none, for a read-only database: questions are
     * answered, follow-ups resolve against what was stored before, nothing new is remembered.
     */
    public static ConversationMemory readingOnly(
            ConversationRepository repository, Clock clock, int maxTurns, Duration idle) {
        return new ConversationMemory(repository, clock, maxTurns, idle, false);
    }

    private ConversationMemory(
            ConversationRepository repository, Clock clock, int maxTurns, Duration idle, boolean remembers) {
        if (maxTurns < 1) {
            throw new IllegalArgumentException("memory must keep at least one turn, got " + maxTurns);
        }
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("idle expiry must be positive, got " + idle);
        }
        this.repository = repository;
        this.clock = clock;
        this.maxTurns = maxTurns;
        this.idle = idle;
        this.remembers = remembers;
    }

    /** Whether new turns are stored (false on a read-only database). */
    public boolean remembers() {
        return remembers;
    }

    /** The newest turn of the conversation, if it is not older than the idle expiry. */
    public Optional<Turn> last(String conversationKey) {
        List<Turn> turns = repository.recent(conversationKey, clock.instant().minus(idle));
        return turns.isEmpty() ? Optional.empty() : Optional.of(turns.get(turns.size() - 1));
    }

    public void remember(
            String conversationKey, String intent, List<String> segments, String metric, Long runId, String question) {
        if (!remembers) {
            return;
        }
        repository.append(
                new Turn(conversationKey, 0, clock.instant(), intent, segments, metric, runId, question), maxTurns);
        repository.expire(clock.instant().minus(idle));
    }

    public int forget(String conversationKey) {
        return remembers ? repository.forget(conversationKey) : 0;
    }
}
