package io.segbot.chat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other half of checking a model's phrasing: grounding proves it invents nothing; coverage
 * proves it kept the answer. A phrasing must name every segment the draft names and keep at least
 * half of the draft's figures (as written), or the template is sent. This is what stops a model
 * that is not instruction-tuned from replacing an answer with a story that happens to hold no
 * numbers.
 */
final class Coverage {
    private static final Pattern FIGURE = Pattern.compile("\\$?\\d[\\d,]*(?:\\.\\d+)?(?:%|×)?");

    private Coverage() {}

    /** What the phrasing dropped: segment names, and "figures: kept k of n" when too few remain. */
    static List<String> missing(String draft, String phrased, Collection<String> segmentNames) {
        List<String> missing = new ArrayList<>();
        for (String name : segmentNames) {
            if (draft.contains(name) && !phrased.contains(name)) {
                missing.add(name);
            }
        }
        Set<String> figures = figures(draft);
        long kept = figures.stream().filter(phrased::contains).count();
        if (!figures.isEmpty() && kept * 2 < figures.size()) {
            missing.add("figures: kept " + kept + " of " + figures.size());
        }
        return missing;
    }

    private static Set<String> figures(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
