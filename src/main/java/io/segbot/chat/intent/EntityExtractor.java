package io.segbot.chat.intent;

import io.segbot.analytics.SegmentFamily;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds customer ids, numbered and named segments, ranked segment references, top-N, metrics,
 * ranking direction and families in normalised tokens. Also returns the tokens with the specifics
 * masked ("compare segname and segment segid"), so the intent classifier learns the shape of a
 * question rather than the names of this run's segments.
 */
final class EntityExtractor {
    static final String SEGMENT_NAME = "segname";
    static final String SEGMENT_ID = "segid";
    static final String CUSTOMER_ID = "custid";
    static final String NUMBER = "num";

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern USER_ID = Pattern.compile("[a-z]+_\\d{3,}");
    private static final Set<String> ID_FILLERS = Set.of("id", "number", "no", "nr");
    /** Words before a bare number that make it an amount, not a customer: "spent over 10000". */
    private static final Set<String> AMOUNT_WORDS = Set.of(
            "over",
            "above",
            "under",
            "below",
            "than",
            "exceeding",
            "least",
            "around",
            "about",
            "approximately",
            "spent",
            "spend",
            "spending",
            "worth",
            "top",
            "bottom");

    private static final Set<String> ID_CONNECTORS = Set.of("and", "vs", "versus", "or", "to", "with", "against");

    /** What was found, and the masked tokens for the classifier. */
    record Extraction(Entities entities, List<String> masked) {
        Extraction {
            masked = List.copyOf(masked);
        }
    }

    private final SegmentNameMatcher names;

    EntityExtractor(SegmentCatalog catalog) {
        this.names = new SegmentNameMatcher(catalog);
    }

    Extraction extract(TextNormalizer.Normalized text) {
        Scan scan = new Scan(text.raw(), text.tokens());
        findCustomerId(scan);
        findSegmentIds(scan);
        findSegmentNames(scan);
        OrdinalsAndMetrics.find(scan);
        for (int i = 0; i < scan.size(); i++) {
            if (!scan.taken[i] && DIGITS.matcher(scan.tokens.get(i)).matches()) {
                scan.masked[i] = NUMBER;
            }
        }
        Entities entities = new Entities(
                scan.segments(), scan.families, List.copyOf(scan.metrics), scan.topN, scan.direction, scan.customerId);
        List<String> masked = new ArrayList<>();
        for (String token : scan.masked) {
            if (token != null) {
                masked.add(token);
            }
        }
        return new Extraction(entities, masked);
    }

    /** Letters and digits (at least one of each), dashes or underscores: C0042, cust-17. */
    private static final java.util.regex.Pattern CODE_ID = java.util.regex.Pattern.compile(
            "(?=.*\\d)(?=.*[a-z])[a-z0-9][a-z0-9_-]*", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static void findCustomerId(Scan scan) {
        for (int i = 0; i < scan.size() && scan.customerId == null; i++) {
            String token = scan.tokens.get(i);
            boolean userId = USER_ID.matcher(token).matches();
            boolean digits = DIGITS.matcher(token).matches();
            boolean amount = i > 0 && AMOUNT_WORDS.contains(scan.tokens.get(i - 1));
            boolean bareId = token.length() >= 5 && !amount;
            // ids such as C0042 or cust-17 count when they follow "customer" / "id"
            boolean codeAfterCustomerWord = CODE_ID.matcher(token).matches() && afterCustomerWord(scan, i);
            if (userId
                    || codeAfterCustomerWord
                    || (digits && (bareId || (token.length() >= 3 && afterCustomerWord(scan, i))))) {
                scan.customerId = scan.raw.get(i);
                scan.take(i, CUSTOMER_ID);
            }
        }
    }

    private static boolean afterCustomerWord(Scan scan, int i) {
        int j = i - 1;
        while (j >= 0 && ID_FILLERS.contains(scan.tokens.get(j))) {
            j--;
        }
        return (j >= 0 && Lexicon.CUSTOMER_WORDS.contains(scan.tokens.get(j)))
                || (i > 0 && scan.tokens.get(i - 1).equals("id"));
    }

    private static void findSegmentIds(Scan scan) {
        for (int i = 0; i < scan.size(); i++) {
            SegmentFamily defaultFamily = Lexicon.SEGMENT_ID_WORDS.get(scan.tokens.get(i));
            if (defaultFamily == null || scan.taken[i]) {
                continue;
            }
            SegmentFamily named = i > 0 ? Lexicon.FAMILY_WORDS.get(scan.tokens.get(i - 1)) : null;
            SegmentFamily family = named != null ? named : defaultFamily;
            // "segment 2" says nothing about the family; "cluster 2" and "rfm segment 2" do.
            boolean explicit = named != null || Lexicon.FAMILY_WORDS.containsKey(scan.tokens.get(i));
            int j = i + 1;
            while (j < scan.size() && ID_FILLERS.contains(scan.tokens.get(j))) {
                j++;
            }
            while (j < scan.size() && isSmallNumber(scan, j)) {
                scan.addSegment(
                        j,
                        new SegmentRef.ById(
                                Integer.parseInt(scan.tokens.get(j)), family, scan.raw.get(i) + " " + scan.raw.get(j)));
                scan.take(j, SEGMENT_ID);
                if (explicit) {
                    scan.families.add(family);
                }
                j++;
                if (j + 1 < scan.size() && ID_CONNECTORS.contains(scan.tokens.get(j)) && isSmallNumber(scan, j + 1)) {
                    j++;
                }
            }
        }
    }

    private static boolean isSmallNumber(Scan scan, int j) {
        String token = scan.tokens.get(j);
        return !scan.taken[j] && token.length() <= 3 && DIGITS.matcher(token).matches();
    }

    private void findSegmentNames(Scan scan) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < scan.size(); i++) {
            SegmentNameMatcher.Match match = names.matchAt(scan.raw, scan.tokens, scan.taken, i);
            if (match == null) {
                continue;
            }
            String mention = String.join(" ", scan.raw.subList(match.start(), match.end()));
            KnownSegment segment = match.segment();
            if (seen.add(segment.name())) {
                scan.addSegment(
                        match.start(),
                        new SegmentRef.ByName(segment.name(), segment.family(), mention, match.similarity()));
            }
            scan.families.add(segment.family());
            scan.take(match.start(), SEGMENT_NAME);
            for (int k = match.start() + 1; k < match.end(); k++) {
                scan.take(k, null);
            }
            i = match.end() - 1;
        }
    }

    /** Mutable state of one extraction; confined to one call. */
    static final class Scan {
        final List<String> raw;
        final List<String> tokens;
        final boolean[] taken;
        final String[] masked;
        private final List<Positioned> found = new ArrayList<>();
        final Set<SegmentFamily> families = EnumSet.noneOf(SegmentFamily.class);
        final Set<Metric> metrics = new LinkedHashSet<>();
        Integer topN;
        Direction direction;
        String customerId;

        Scan(List<String> raw, List<String> tokens) {
            this.raw = raw;
            this.tokens = tokens;
            this.taken = new boolean[tokens.size()];
            this.masked = tokens.toArray(new String[0]);
        }

        private record Positioned(int position, SegmentRef ref) {}

        void addSegment(int position, SegmentRef ref) {
            found.add(new Positioned(position, ref));
        }

        /** Segment references in the order they appear in the message. */
        List<SegmentRef> segments() {
            return found.stream()
                    .sorted(Comparator.comparingInt(Positioned::position))
                    .map(Positioned::ref)
                    .toList();
        }

        int size() {
            return tokens.size();
        }

        /** Marks token i as used by an entity; {@code replacement} null drops it from the masked text. */
        void take(int i, String replacement) {
            taken[i] = true;
            masked[i] = replacement;
        }
    }
}
