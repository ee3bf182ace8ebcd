package io.segbot.chat.intent;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * High-precision patterns tried before the statistical model, in order. Each covers a case where
 * a few words decide the intent whatever else the message says (an export verb, a customer id, a
 * bare follow-up). They work on masked, typo-corrected tokens joined by single spaces.
 */
final class IntentRules {
    /** A rule that fired. */
    record Hit(Intent intent, String rule) {}

    private record Rule(String name, Intent intent, BiPredicate<String, Entities> test) {}

    private static final Pattern FORGET = Pattern.compile("^(forget|reset|restart)\\b"
            + "|\\b(start (over|again|afresh|fresh|from scratch)|clean slate|new (conversation|topic|chat)"
            + "|(clear|wipe|erase|delete|drop) (the |our |your |my |this )?(chat|conversation|context|memory|history)"
            + "|forget (everything|that|it|what|all|our|the|this))\\b");
    private static final Pattern EXPORT =
            Pattern.compile("\\b(export|exports|download|csv|spreadsheet|excel|xlsx|dump)\\b|\\b(in|to|as) a file\\b");
    private static final Pattern GREETING_OR_HELP = Pattern.compile(
            "^(help|help me|hi|hiya|hello|hey|yo|hey there|hello there|good (morning|afternoon|evening)|morning|menu|commands"
                    + "|usage|examples)$"
                    + "|^what can (you|u) do\\b|^what can i ask\\b");
    private static final Pattern FOLLOW_OPENER =
            Pattern.compile("^(and|what about|how about|what of|same for|same with|same question for|now for)\\b");
    private static final Pattern BARE_FOLLOW_UP = Pattern.compile("^(why|why so|why is that|why not|how come"
            + "|tell me more|more|more details|go on|elaborate|continue|and then|and|really)$");
    private static final Pattern OWN_INTENT_WORDS = Pattern.compile(
            "\\b(compare|compared|vs|versus|against|export|download|why|how many|total|overall|campaign|strategy)\\b");
    private static final Pattern COMPARE_WORDS = Pattern.compile(
            "\\b(vs|versus|compare|compared|comparison|against|side by side|head to head|difference between|differ)\\b");
    private static final Pattern CART_WORDS =
            Pattern.compile("\\b(cart|carts|abandon\\w*|mece|checkout|catch all|jury|judge)\\b");

    private static final List<Rule> RULES = List.of(
            new Rule("forget", Intent.FORGET, (text, e) -> FORGET.matcher(text).find()),
            new Rule("export-verb", Intent.EXPORT, (text, e) -> EXPORT.matcher(text)
                    .find()),
            new Rule("customer-id", Intent.CUSTOMER_LOOKUP, (text, e) -> e.customerId() != null),
            new Rule("greeting-or-help", Intent.HELP, (text, e) -> GREETING_OR_HELP
                    .matcher(text)
                    .find()),
            new Rule("bare-follow-up", Intent.FOLLOW_UP, (text, e) -> BARE_FOLLOW_UP
                    .matcher(text)
                    .matches()),
            new Rule("follow-up-opener", Intent.FOLLOW_UP, IntentRules::isShortFollowUp),
            new Rule(
                    "two-segments-compared",
                    Intent.COMPARISON,
                    (text, e) -> e.segments().size() >= 2
                            && COMPARE_WORDS.matcher(text).find()),
            new Rule(
                    "cart-words",
                    Intent.CART_ABANDONMENT,
                    (text, e) -> CART_WORDS.matcher(text).find()
                            && e.segments().stream().noneMatch(s -> s instanceof SegmentRef.ByName)));

    private IntentRules() {}

    static Optional<Hit> apply(List<String> masked, Entities entities) {
        String text = String.join(" ", masked);
        for (Rule rule : RULES) {
            if (rule.test().test(text, entities)) {
                return Optional.of(new Hit(rule.intent(), rule.name()));
            }
        }
        return Optional.empty();
    }

    /** "what about segment 2", "and their churn": an opener, a few words, no intent of its own. */
    private static boolean isShortFollowUp(String text, Entities entities) {
        return FOLLOW_OPENER.matcher(text).find()
                && text.split(" ").length <= 6
                && !OWN_INTENT_WORDS.matcher(text).find();
    }
}
