package io.segbot.platform.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.DatePickerElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.List;
import java.util.Map;

/**
 * The modal {@code /segbot run} opens when it has no parameters: dataset, as-of date and k, all
 * optional (the core's defaults apply). Its submission becomes the same command line a user could
 * have typed, so the core parses and checks it like any other.
 */
final class RunModal {
    static final String CALLBACK_ID = "segbot_run";

    /** What the modal returned: where to answer and the command line. */
    record Submission(String channelId, String commandLine) {}

    private RunModal() {}

    static View view(String channelId) {
        List<LayoutBlock> blocks = List.of(
                input(
                        "dataset",
                        "Dataset",
                        PlainTextInputElement.builder()
                                .actionId("value")
                                .placeholder(plain("latest imported dataset"))
                                .build()),
                input(
                        "as_of",
                        "As-of date",
                        DatePickerElement.builder().actionId("value").build()),
                input(
                        "k",
                        "Number of segments (k)",
                        PlainTextInputElement.builder()
                                .actionId("value")
                                .placeholder(plain("auto"))
                                .build()));
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(channelId)
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text("Run an analysis")
                        .build())
                .submit(ViewSubmit.builder().type("plain_text").text("Run").build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .blocks(blocks)
                .build();
    }

    static Submission read(ViewSubmissionPayload payload) {
        Map<String, Map<String, ViewState.Value>> values =
                payload.getView().getState().getValues();
        StringBuilder line = new StringBuilder("run");
        String dataset = text(values, "dataset");
        if (!dataset.isEmpty()) {
            line.append(" ").append(dataset.replaceAll("\\s+", "_")); // the core: run [DATASET] [--as-of D] [--k N]
        }
        ViewState.Value asOf = values.getOrDefault("as_of", Map.of()).get("value");
        if (asOf != null && asOf.getSelectedDate() != null) {
            line.append(" --as-of ").append(asOf.getSelectedDate());
        }
        String k = text(values, "k");
        if (!k.isEmpty()) {
            line.append(" --k ").append(k.replaceAll("\\s+", ""));
        }
        return new Submission(payload.getView().getPrivateMetadata(), line.toString());
    }

    private static String text(Map<String, Map<String, ViewState.Value>> values, String block) {
        ViewState.Value value = values.getOrDefault(block, Map.of()).get("value");
        return value == null || value.getValue() == null ? "" : value.getValue().strip();
    }

    private static InputBlock input(String id, String label, com.slack.api.model.block.element.BlockElement element) {
        return InputBlock.builder()
                .blockId(id)
                .label(plain(label))
                .optional(true)
                .element(element)
                .build();
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).build();
    }
}
