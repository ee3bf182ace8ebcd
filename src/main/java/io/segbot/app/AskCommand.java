package io.segbot.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segbot.chat.ChatReply;
import io.segbot.chat.ChatRequest;
import io.segbot.chat.Fact;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code segbot ask}: answer one question from the latest (or a named) run. */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Answer one question about your customers.")
final class AskCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUESTION", description = "the question, in quotes")
    String question;

    @Option(names = "--run", paramLabel = "ID", description = "answer from this run; default the latest")
    Long run;

    @Option(
            names = "--conversation",
            paramLabel = "KEY",
            defaultValue = "cli",
            description = "conversation key, so follow-up questions remember earlier ones; default ${DEFAULT-VALUE}")
    String conversation;

    @Option(names = "--no-model", description = "answer with templates even when a model is configured")
    boolean noModel;

    @Option(names = "--json", description = "print intent, entities, answer, facts and grounding as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (run != null) {
            // A run that does not exist is bad input (exit 1), not a question the chat answers.
            SegmentsCommand.require(new io.segbot.segmentation.RunRepository(AppContext.database()), run);
        }
        if (AppContext.database().readOnly()) {
            System.err.println("note: the database is read-only, so this question is answered but not remembered"
                    + " for follow-up questions");
        }
        var engine = ChatWiring.engine(AppContext.database(), ChatWiring.phraser(noModel));
        ChatReply reply = engine.handle(new ChatRequest(
                "cli:" + conversation,
                System.getProperty("user.name", "cli"),
                question,
                ChatRequest.Permissions.ALL,
                run));
        System.out.println(
                json
                        ? Json.pretty(toJson(reply))
                        : io.segbot.TerminalText.lines(reply.withSource().replace("**", "")));
        return 0;
    }

    static ObjectNode toJson(ChatReply reply) {
        ObjectNode root = Json.object();
        root.put("intent", reply.intent().name());
        root.put("confidence", Math.round(reply.confidence() * 1000) / 1000.0);
        root.set("entities", Json.MAPPER.valueToTree(reply.entities()));
        root.put("answer", reply.text());
        root.put("source", reply.source());
        ArrayNode facts = root.putArray("facts");
        for (Fact fact : reply.facts()) {
            ObjectNode node = facts.addObject();
            node.put("label", fact.label());
            if (fact.text() != null) {
                node.put("value", fact.text());
            } else {
                node.put("value", fact.value());
            }
            node.put("unit", fact.unit().name().toLowerCase(java.util.Locale.ROOT));
            node.put("source", fact.source());
        }
        root.put("grounded", reply.grounded());
        root.put("model", reply.model());
        if (reply.attachment() != null) {
            root.put("attachment", reply.attachment().toAbsolutePath().toString());
        }
        return root;
    }
}
