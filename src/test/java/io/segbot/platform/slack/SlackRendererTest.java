package io.segbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.MarkdownBlock;
import com.slack.api.util.json.GsonFactory;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackRendererTest {
    private static final Gson GSON = GsonFactory.createSnakeCase();
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(List<LayoutBlock> blocks) throws Exception {
        return JSON.readTree(GSON.toJson(blocks));
    }

    static Part.Table segments(int rows) {
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            body.add(List.of("Segment " + i, String.valueOf(1000 + i)));
        }
        return new Part.Table(
                "Segments",
                List.of(new Part.Column("Segment", Part.Align.LEFT), new Part.Column("Customers", Part.Align.RIGHT)),
                body);
    }

    @Test
    void a_table_is_slacks_documented_table_block() throws Exception {
        Part.Table table = new Part.Table(
                "",
                List.of(new Part.Column("Segment", Part.Align.LEFT), new Part.Column("Customers", Part.Align.RIGHT)),
                List.of(List.of("Champions", "412"), List.of("At Risk", "")));
        Rendered rendered = SlackRenderer.render(new OutgoingMessage(List.of(table)));

        JsonNode block = json(rendered.messages().get(0).blocks()).get(0);
        assertThat(block.toString())
                .isEqualTo("{\"type\":\"table\",\"rows\":["
                        + "[{\"type\":\"raw_text\",\"text\":\"Segment\"},{\"type\":\"raw_text\",\"text\":\"Customers\"}],"
                        + "[{\"type\":\"raw_text\",\"text\":\"Champions\"},{\"type\":\"raw_text\",\"text\":\"412\"}],"
                        + "[{\"type\":\"raw_text\",\"text\":\"At Risk\"},{\"type\":\"raw_text\",\"text\":\" \"}]],"
                        + "\"column_settings\":[{\"align\":\"left\",\"is_wrapped\":true},"
                        + "{\"align\":\"right\",\"is_wrapped\":false}]}");
    }

    @Test
    void a_table_over_100_rows_is_split_into_tables_of_whole_rows_with_headings_repeated() throws Exception {
        Rendered rendered = SlackRenderer.render(new OutgoingMessage(List.of(segments(150))));

        assertThat(rendered.messages()).hasSize(2); // one table block per message
        JsonNode first = json(rendered.messages().get(0).blocks());
        JsonNode second = json(rendered.messages().get(1).blocks());
        assertThat(first.get(0).get("text").asText()).isEqualTo("**Segments**");
        assertThat(first.get(1).get("rows")).hasSize(100);
        assertThat(second.get(0).get("text").asText()).isEqualTo("**Segments (continued)**");
        assertThat(second.get(1).get("rows")).hasSize(52); // headings + rows 99..149
        assertThat(second.get(1).get("rows").get(0).get(0).get("text").asText()).isEqualTo("Segment");
        assertThat(second.get(1).get("rows").get(1).get(0).get("text").asText()).isEqualTo("Segment 99");
    }

    @Test
    void data_cannot_become_a_mention_a_link_or_markup() throws Exception {
        OutgoingMessage message = OutgoingMessage.builder()
                .markdown("Top customer `<!channel> & <@U123>` spent **$1,200** <https://evil.example|click> & more")
                .source("run 7 <!here>")
                .build();
        JsonNode blocks = json(SlackRenderer.render(message).messages().get(0).blocks());

        assertThat(blocks.get(0).get("type").asText()).isEqualTo("markdown");
        assertThat(blocks.get(0).get("text").asText())
                .isEqualTo("Top customer `<\u200B!channel> & <\u200B@U123>` spent **$1,200**"
                        + " &lt;https://evil.example|click&gt; &amp; more");
        assertThat(blocks.get(1).get("type").asText()).isEqualTo("context");
        assertThat(blocks.get(1).get("elements").get(0).get("text").asText()).isEqualTo("run 7 &lt;!here&gt;");
    }

    @Test
    void an_unmatched_backtick_from_data_does_not_open_a_code_span_over_the_rest() {
        assertThat(SlackText.markdownBlock("name `O`Brien` spent <5")).isEqualTo("name `O`Brienˋ spent &lt;5");
        assertThat(SlackText.code("a`b")).isEqualTo("`aˋb`");
    }

    @Test
    void mrkdwn_turns_bold_into_slack_bold_and_escapes_inside_code_too() {
        assertThat(SlackText.mrkdwn("**Champions** have `<@U1>` & co"))
                .isEqualTo("*Champions* have `&lt;@U1&gt;` &amp; co");
    }

    @Test
    void a_20000_character_answer_is_split_into_messages_within_limits_and_nothing_is_lost() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 20_000; i++) {
            text.append("Paragraph ").append(i).append(": customers who bought twice spent more. ".repeat(4));
            text.append("\n\n");
        }
        String answer = text.toString().strip();
        Rendered rendered = SlackRenderer.render(OutgoingMessage.text(answer));

        assertThat(rendered.messages()).hasSize(2); // 9,000 + 9,000 + 2,000 characters: 9,000 | 11,000
        StringBuilder joined = new StringBuilder();
        for (Rendered.BlockMessage message : rendered.messages()) {
            int chars = 0;
            for (LayoutBlock block : message.blocks()) {
                String piece = ((MarkdownBlock) block).getText();
                chars += piece.length();
                joined.append(piece);
            }
            assertThat(chars).isLessThanOrEqualTo(SlackRenderer.MAX_MESSAGE_CHARS);
            assertThat(message.blocks()).hasSizeLessThanOrEqualTo(SlackRenderer.MAX_BLOCKS);
        }
        assertThat(joined.toString().replaceAll("\\s", "")).isEqualTo(answer.replaceAll("\\s", ""));
        assertThat(rendered.uploads()).isEmpty();
    }

    @Test
    void an_answer_longer_than_four_messages_goes_whole_into_an_attached_file() {
        String answer = ("Line of findings about segment spending and churn. ".repeat(20) + "\n\n").repeat(60);
        OutgoingMessage message = OutgoingMessage.builder()
                .markdown(answer)
                .add(new Part.Actions(List.of(new Part.Action(Part.Actions.RERUN, "Re-run", "run 3"))))
                .source("run 3")
                .build();
        Rendered rendered = SlackRenderer.render(message);

        assertThat(rendered.messages()).hasSize(1);
        assertThat(rendered.uploads()).hasSize(1);
        Rendered.Upload file = rendered.uploads().get(0);
        assertThat(file.fileName()).isEqualTo("answer.md");
        assertThat(new String(file.bytes(), StandardCharsets.UTF_8))
                .contains(answer.strip())
                .contains("_run 3_");
        List<String> types = rendered.messages().get(0).blocks().stream()
                .map(LayoutBlock::getType)
                .toList();
        assertThat(types).endsWith("markdown", "actions", "context");
    }

    @Test
    void buttons_become_an_actions_block_and_feedback_slacks_feedback_buttons() throws Exception {
        OutgoingMessage message = OutgoingMessage.builder()
                .markdown("Done.")
                .add(new Part.Actions(List.of(
                        new Part.Action(Part.Actions.NAME_SEGMENTS, "Name segments", "mece 4"),
                        new Part.Action(Part.Actions.FEEDBACK_GOOD, "Helpful", "answer 9"),
                        new Part.Action(Part.Actions.FEEDBACK_BAD, "Not helpful", "answer 9"))))
                .build();
        JsonNode blocks = json(SlackRenderer.render(message).messages().get(0).blocks());

        JsonNode button = blocks.get(1).get("elements").get(0);
        assertThat(blocks.get(1).get("type").asText()).isEqualTo("actions");
        assertThat(button.get("action_id").asText()).isEqualTo("name_segments");
        assertThat(button.get("value").asText()).isEqualTo("mece 4");
        JsonNode feedback = blocks.get(2).get("elements").get(0);
        assertThat(blocks.get(2).get("type").asText()).isEqualTo("context_actions");
        assertThat(feedback.get("type").asText()).isEqualTo("feedback_buttons");
        assertThat(feedback.get("positive_button").get("value").asText()).isEqualTo("good:answer 9");
        assertThat(feedback.get("negative_button").get("value").asText()).isEqualTo("bad:answer 9");
        assertThat(FeedbackValue.decode("bad:answer 9")).isEqualTo(new FeedbackValue(false, "answer 9"));
    }

    @Test
    void charts_and_files_are_uploads_and_the_plain_text_names_them() {
        OutgoingMessage message = OutgoingMessage.builder()
                .heading("Segments report")
                .add(new Part.Image("share.png", "Revenue share", "Champions 41% of revenue", new byte[] {1, 2}))
                .add(new Part.Attachment(
                        "segments.csv",
                        "text/csv",
                        "all customers",
                        false,
                        out -> out.write("id\n1\n".getBytes(StandardCharsets.UTF_8))))
                .build();
        Rendered rendered = SlackRenderer.render(message);

        assertThat(rendered.uploads())
                .extracting(Rendered.Upload::fileName)
                .containsExactly("share.png", "segments.csv");
        assertThat(rendered.uploads().get(0).altText()).isEqualTo("Champions 41% of revenue");
        assertThat(new String(rendered.uploads().get(1).bytes(), StandardCharsets.UTF_8))
                .isEqualTo("id\n1\n");
        assertThat(rendered.plainPieces().get(0))
                .isEqualTo("*Segments report*\n\nChart `share.png`: Champions 41% of revenue\n\n"
                        + "File `segments.csv`: all customers");
    }
}
