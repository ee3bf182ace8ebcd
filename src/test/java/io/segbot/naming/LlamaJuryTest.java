package io.segbot.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.SharedFiles;
import io.segbot.llm.LanguageModel;
import io.segbot.llm.LanguageModels;
import io.segbot.llm.LlmConfig;
import io.segbot.llm.TinyLlamaGguf;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jury on real llama.cpp: the tiny random-weight model the test writes, and stories260K when
 * ../shared/models is present. Neither can name anything sensibly; what is tested is that the
 * grammar makes every juror and judge answer parse, so all proposals are checked on their merits.
 */
class LlamaJuryTest {
    private static final Path STORIES = Path.of("../shared/models/stories260K.gguf");

    @TempDir
    Path dir;

    @Test
    void every_answer_of_a_random_weight_model_parses_and_names_are_unique() {
        Path file = TinyLlamaGguf.write(dir.resolve("jury.gguf"), 11, null);
        try (LanguageModel model = LanguageModels.open(
                LlmConfig.defaults(dir).withModel(file, "test").withThreads(2))) {
            NamingRun run = new Jury(Segments.book(), model, 42)
                    .name(Segments.twelveMece().subList(0, 2));
            assertGrammarHeld(run, "jury.gguf");
        }
    }

    @Test
    void stories260k_runs_the_jury_end_to_end() {
        SharedFiles.assumePresent(STORIES, "the real-model tests");
        try (LanguageModel model = LanguageModels.open(
                LlmConfig.defaults(dir).withModel(STORIES, "test").withThreads(2))) {
            NamingRun run = new Jury(Segments.book(), model, 42)
                    .name(Segments.twelveMece().subList(0, 2));
            assertGrammarHeld(run, "stories260K.gguf");
        }
    }

    private static void assertGrammarHeld(NamingRun run, String model) {
        assertThat(run.model()).isEqualTo(model);
        List<String> names =
                run.decisions().stream().map(NamingDecision::chosenName).toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(run.decisions()).allSatisfy(decision -> {
            assertThat(decision.method()).isEqualTo(NamingMethod.JURY);
            assertThat(decision.judgeScores().judge()).isEqualTo("model");
            assertThat(decision.proposals()).hasSize(4).allSatisfy(proposal -> {
                assertThat(proposal.rule()).isEqualTo(decision.rule());
                assertThat(proposal.reason()).matches("ok|the name is already chosen for segment .*");
            });
        });
    }
}
