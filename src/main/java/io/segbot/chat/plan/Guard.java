package io.segbot.chat.plan;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Messages segbot answers without computing anything: attempts to instruct it or to act on the
 * database (refused with help, no figures, no action), and questions about data an orders file
 * does not hold (answered "I don't have X in this data", never with another metric in its place).
 */
final class Guard {
    private static final Pattern ADVERSARIAL = Pattern.compile("\\b(ignore|disregard|forget|override|bypass)"
            + " (all |any |the |your |my |of )*(previous |prior |above |earlier |former |system |safety )*"
            + "(instructions?|prompts?|rules|guidelines|directions|orders)\\b"
            + "|\\bsystem prompt\\b|\\byou are now\\b|\\bjailbreak|\\bdeveloper mode\\b|\\bpretend (to be|you are)\\b"
            + "|\\bact as (a |an )?(different|unrestricted|evil|dan)\\b|\\bdan\\b"
            + "|\\b(drop|truncate|delete|wipe|destroy|erase) (all |every |the |your |our )*"
            + "(tables?|database|db|schema|data|records|rows|customers)\\b"
            + "|\\bdrop table\\b|\\bselect \\* from\\b|\\binsert into\\b|\\bupdate \\w+ set\\b|;\\s*--|\\brm -rf\\b"
            + "|\\bsudo\\b|\\bshut ?down\\b|<script|\\breveal (your |the )?(prompt|instructions|secrets?|tokens?|keys?)\\b"
            + "|\\b(api|access|bot|slack|discord) (key|token)s?\\b|\\bpassword");

    /** A kind of data the question needs, the words that ask for it, and whether revenue stands in. */
    record Missing(String key, Pattern words, boolean revenueInstead) {}

    static final List<Missing> MISSING = List.of(
            new Missing(
                    "margin",
                    Pattern.compile(
                            "\\b(gross |net |profit |contribution )?margins?\\b|\\bprofits?\\b(?! segment| cluster)"
                                    + "|\\bnet income\\b|\\bcogs\\b|\\bcost of goods\\b|\\bmarkup\\b|\\bearnings\\b"),
                    true),
            new Missing("roi", Pattern.compile("\\broi\\b|\\broas\\b|\\breturn on (investment|ad spend)\\b"), true),
            new Missing(
                    "acquisition_cost",
                    Pattern.compile(
                            "\\bcac\\b|\\bcpa\\b|\\bacquisition costs?\\b|\\bcost (per|to) acqui|\\bcost per (lead|customer)"),
                    false),
            new Missing(
                    "ad_spend",
                    Pattern.compile(
                            "\\bad ?spend|\\bads\\b|\\badvertising\\b|\\b(facebook|google|meta|tiktok|instagram) ad"
                                    + "|\\bmarketing (spend|budget|costs?)\\b|\\bcpc\\b|\\bcpm\\b|\\bcampaign (costs?|spend|budget)\\b"
                                    + "|\\bimpressions\\b"),
                    false),
            new Missing(
                    "email",
                    Pattern.compile("\\b(open|click|click through|clickthrough|bounce|unsubscribe) rates?\\b|\\bctr\\b"
                            + "|\\bnewsletters?\\b|\\bemail (opens?|clicks?|engagement|performance)\\b|\\bunsubscribe"),
                    false),
            new Missing(
                    "age",
                    Pattern.compile("\\bages?\\b(?! of (the |our )?data)|\\bhow old\\b|\\bage groups?\\b|\\bbirthday"),
                    false),
            new Missing(
                    "gender", Pattern.compile("\\bgenders?\\b|\\bmale\\b|\\bfemale\\b|\\bwomen\\b|\\bmen\\b"), false),
            new Missing(
                    "location",
                    Pattern.compile("\\b(countries|country|city|cities|region|regions|zip|postcode|postal code|state"
                            + " do|where do (our |the )?customers live|located|location|geograph\\w*)\\b"),
                    false),
            new Missing(
                    "product",
                    Pattern.compile("\\bproducts?\\b|\\bcategor(y|ies)\\b|\\bskus?\\b|\\bitems?\\b|\\bbrands?\\b"),
                    false),
            new Missing(
                    "web_traffic",
                    Pattern.compile("\\b(website|site|web) (traffic|visits|visitors|sessions)\\b|\\bpage ?views\\b"
                            + "|\\bbounce\\b|\\bsessions\\b"),
                    false),
            new Missing(
                    "satisfaction",
                    Pattern.compile(
                            "\\bnps\\b|\\bnet promoter\\b|\\bsatisfaction\\b|\\breviews?\\b|\\bratings?\\b|\\bcsat\\b"),
                    false),
            new Missing(
                    "returns",
                    Pattern.compile("\\brefunds?\\b|\\breturn rates?\\b|\\breturned (orders|items)\\b"),
                    false));

    private Guard() {}

    static boolean adversarial(String text) {
        return ADVERSARIAL.matcher(text).find();
    }

    /** The first kind of missing data the text asks about. */
    static Optional<Missing> missing(String text) {
        return MISSING.stream().filter(m -> m.words().matcher(text).find()).findFirst();
    }
}
