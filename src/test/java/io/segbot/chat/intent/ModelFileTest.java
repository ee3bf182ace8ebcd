package io.segbot.chat.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model the build packs reads back to exactly the classifier that training gives, and is never used stale. */
class ModelFileTest {
    @Test
    void a_written_model_reads_back_to_the_same_answers_and_a_stale_one_is_refused() throws Exception {
        byte[] training = ModelFile.trainingBytes();
        IntentClassifier trained = IntentClassifier.trainFrom(training);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelFile.write(trained, ModelFile.sha256(training), bytes);
        IntentClassifier read = ModelFile.read(
                        new ByteArrayInputStream(bytes.toByteArray()), ModelFile.sha256(training))
                .orElseThrow();
        List<LabelledUtterance> eval = LabelledUtterance.read(
                ModelFileTest.class.getResourceAsStream("/bench/intent-eval.tsv"), "intent-eval.tsv");
        for (LabelledUtterance u : eval) {
            Understanding a = trained.understand(u.text());
            Understanding b = read.understand(u.text());
            assertThat(b.intent()).as(u.text()).isEqualTo(a.intent());
            assertThat(b.confidence()).as(u.text()).isEqualTo(a.confidence());
            assertThat(b.entities()).as(u.text()).isEqualTo(a.entities());
        }
        byte[] otherTraining = ModelFile.sha256("another training file".getBytes(StandardCharsets.UTF_8));
        assertThat(ModelFile.read(new ByteArrayInputStream(bytes.toByteArray()), otherTraining))
                .isEmpty();
    }

    @Test
    void the_build_packs_a_model_of_this_training_file() {
        assertThat(ModelFile.load(ModelFile.trainingBytes())).isPresent();
    }
}
