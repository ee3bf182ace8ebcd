package io.segbot.llm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chat-template helpers that do not need the native library. */
final class ChatTemplates {
    /**
     * Marker text that llama.cpp would tokenise as control tokens (it parses special tokens in
     * the prompt): ChatML/Qwen/Llama-3 {@code <|...|>}, SentencePiece {@code <s>}/{@code </s>},
     * Gemma turns, Llama-2/Mistral {@code [INST]} and {@code <<SYS>>}.
     */
    private static final Pattern CONTROL_MARKER =
            Pattern.compile("<(?=\\||/?s>|/?(?:start|end)_of_turn>)|\\[(?=/?INST\\])|<<(?=/?SYS>>)");

    private ChatTemplates() {}

    /**
     * Breaks control markers in message text with a space (e.g. {@code <|im_end|>} becomes {@code
     * < |im_end|>}) so text from users or data can never close a turn or open a system turn.
     */
    static String neutraliseControlMarkers(String text) {
        Matcher matcher = CONTROL_MARKER.matcher(text);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(match.group() + " "));
    }

    /**
     * ChatML (the format llama.cpp falls back to for models without a template), used when
     * llama.cpp rejects a model's own template.
     */
    static String chatMl(ChatPrompt prompt) {
        StringBuilder text = new StringBuilder();
        if (!prompt.system().isEmpty()) {
            turn(text, "system", prompt.system());
        }
        for (ChatMessage message : prompt.messages()) {
            turn(text, message.role().templateName(), neutraliseControlMarkers(message.content()));
        }
        return text.append("<|im_start|>assistant\n").toString();
    }

    private static void turn(StringBuilder text, String role, String content) {
        text.append("<|im_start|>").append(role).append('\n').append(content).append("<|im_end|>\n");
    }
}
