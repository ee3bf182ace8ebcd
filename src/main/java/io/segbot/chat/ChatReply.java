package io.segbot.chat;

import io.segbot.chat.intent.Entities;
import io.segbot.chat.intent.Intent;
import java.nio.file.Path;
import java.util.List;

/**
 * segbot's answer to one message, platform-neutral: adapters only format and deliver it.
 *
 * @param text the answer in light markdown (**bold**, • bullets), without the source line
 * @param source the one-line source (run, dataset, as-of date), shown after the text
 * @param facts every figure the text may quote
 * @param grounded true when the grounding check passed on the text sent
 * @param model "none" for templated text, else the model that phrased it
 * @param attachment a file to deliver with the reply (a CSV export), or null
 */
public record ChatReply(
        String text,
        String source,
        Intent intent,
        double confidence,
        Entities entities,
        List<Fact> facts,
        boolean grounded,
        String model,
        Path attachment) {
    public ChatReply {
        facts = List.copyOf(facts);
    }

    /** The text with its source line, as platforms show it. */
    public String withSource() {
        return source == null || source.isEmpty() ? text : text + "\n_Source: " + source + "_";
    }
}
