package io.segbot.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DiscordRendererTest {
    private final ButtonIds buttons = new ButtonIds();
    private final DiscordRenderer renderer = new DiscordRenderer(buttons);

    private static Part.Table table(List<List<String>> rows) {
        return new Part.Table(
                "Customers",
                List.of(new Part.Column("customer", Part.Align.LEFT), new Part.Column("orders", Part.Align.RIGHT)),
                rows);
    }

    private static String descriptions(List<MessageCreateData> messages) {
        StringBuilder all = new StringBuilder();
        messages.forEach(
                m -> m.getEmbeds().forEach(e -> all.append(e.getDescription()).append('\n')));
        return all.toString();
    }

    @Test
    void customer_ids_that_look_like_mentions_or_fences_stay_inert_text_inside_the_code_block() {
        OutgoingMessage message = OutgoingMessage.builder()
                .markdown("Top customer: `@everyone` and `<@123456789012345678>`")
                .add(table(List.of(List.of("@here", "3"), List.of("<#987654321>", "2"), List.of("a```b", "1"))))
                .build();

        List<MessageCreateData> rendered = renderer.render(message, null);
        String text = descriptions(rendered);

        assertThat(text)
                .doesNotContain("@everyone", "@here", "<@1", "<#9")
                .contains("@\u200Beveryone", "@\u200Bhere", "<\u200B@123456789012345678>", "<\u200B#987654321>");
        assertThat(text.split("```", -1).length)
                .as("two fences: the table's block only")
                .isEqualTo(3);
        assertThat(text).contains("aˋˋˋb");
        assertThat(rendered.get(0).getAllowedMentions()).isEmpty();
        assertThat(rendered.get(0).getMentionedUsers()).isEmpty();
    }

    @Test
    void a_heading_from_data_shows_its_markers_as_typed() {
        MessageEmbed embed = renderer.render(
                        OutgoingMessage.builder()
                                .heading("**Big** _spenders_ https://x.example")
                                .markdown("text")
                                .build(),
                        null)
                .get(0)
                .getEmbeds()
                .get(0);

        assertThat(embed.getTitle()).isEqualTo("\\*\\*Big\\*\\* \\_spenders\\_ https:\u200B//x.example");
    }

    @Test
    void a_fallback_message_names_and_may_notify_only_its_requester() {
        MessageCreateData data = renderer.render(OutgoingMessage.text("Job 3 finished."), "2100000000000000001")
                .get(0);

        assertThat(data.getContent()).isEqualTo("<@2100000000000000001>");
        assertThat(data.getMentionedUsers()).containsExactly("2100000000000000001");
        assertThat(data.getAllowedMentions()).isEmpty();
    }

    @Test
    void a_table_of_2000_rows_is_split_into_embeds_and_messages_within_the_limits_and_keeps_every_row() {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            rows.add(List.of("c" + i, Integer.toString(i)));
        }
        List<MessageCreateData> rendered = renderer.render(
                OutgoingMessage.builder().add(table(rows)).source("run 1").build(), null);

        assertThat(rendered).hasSizeGreaterThan(1);
        for (MessageCreateData message : rendered) {
            assertThat(message.getEmbeds()).hasSizeBetween(1, 10);
            assertThat(message.getEmbeds().stream()
                            .mapToInt(MessageEmbed::getLength)
                            .sum())
                    .isLessThanOrEqualTo(6000);
            message.getEmbeds().forEach(embed -> {
                assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(4096);
                assertThat(embed.getDescription().split("```", -1).length % 2).isEqualTo(1);
            });
        }
        String all = descriptions(rendered);
        for (int i = 1; i <= 2000; i++) {
            assertThat(all).containsPattern("(?m)^c" + i + " +" + i + "$");
        }
        List<MessageEmbed> last = rendered.get(rendered.size() - 1).getEmbeds();
        assertThat(last.get(last.size() - 1).getFooter().getText()).isEqualTo("run 1");
    }

    @Test
    void files_are_attachments_up_to_10_mib_and_a_larger_one_is_named_instead_of_cut() {
        byte[] small = new byte[2 * 1024 * 1024];
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        MessageCreateData data = renderer.render(
                        OutgoingMessage.builder()
                                .add(new Part.Attachment(
                                        "small.csv", "text/csv", "2 MiB", false, out -> out.write(small)))
                                .add(new Part.Attachment(
                                        "large.csv", "text/csv", "10 MiB + 1", false, out -> out.write(large)))
                                .build(),
                        null)
                .get(0);

        assertThat(data.getFiles()).extracting(f -> f.getName()).containsExactly("small.csv");
        assertThat(descriptions(List.of(data))).contains("`large.csv` is larger than Discord's 10 MiB");
    }

    @Test
    void buttons_carry_their_action_and_payload_and_a_long_payload_is_kept_by_key() {
        String longRerun = "run \"" + "a very long dataset name ".repeat(6).strip() + "\" --as-of 2025-06-30 --k 4";
        MessageCreateData data = renderer.render(
                        OutgoingMessage.builder()
                                .markdown("done")
                                .add(new Part.Actions(List.of(
                                        new Part.Action(Part.Actions.NAME_SEGMENTS, "Name segments", "name 1"),
                                        new Part.Action(Part.Actions.RERUN, "Re-run", longRerun))))
                                .build(),
                        null)
                .get(0);

        List<Button> row = data.getComponents().get(0).getButtons();
        assertThat(row.get(0).getId()).isEqualTo("name_segments|name 1");
        assertThat(row.get(1).getId()).hasSizeLessThanOrEqualTo(100).startsWith("rerun|#");
        assertThat(buttons.decode(row.get(1).getId())).contains(new ButtonIds.Click(Part.Actions.RERUN, longRerun));
    }
}
