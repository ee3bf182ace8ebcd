package io.segbot.chat.intent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a chat message: typo-tolerant normalisation, entity extraction against the run's segment
 * names, a few high-precision rules, then multinomial naive Bayes trained from
 * {@value #TRAINING_RESOURCE} with temperature-calibrated probabilities. Messages the model is
 * unsure about come back as OUT_OF_SCOPE with low confidence instead of a guessed intent.
 *
 * <p>Thread-safe and immutable after construction; {@link #understand} does no I/O, never blocks
 * and never returns null. Deterministic: the same message and catalog give the same answer.
 */
public final class IntentClassifier {
    public static final String TRAINING_RESOURCE = "/io/segbot/chat/intent/training.tsv";
    /** Below this calibrated probability the message counts as unclear (method "unclear"). */
    public static final double MIN_CONFIDENCE = 0.35;
    /** Messages are cut to this many characters: an intent is in the first lines, not in page 3. */
    public static final int MAX_MESSAGE_CHARS = 1_000;
    /** Confidence reported for a rule hit when the model is less sure: rules were 100 % precise on both sets. */
    static final double RULE_CONFIDENCE = 0.9;

    static final double SMOOTHING = 0.3;
    static final Features.Weights WEIGHTS = new Features.Weights(1.0, 0.5, 0.3, 1.0, 2.0);

    /** Which layers decide; the baselines exist to measure what each layer adds. */
    enum Mode {
        RULES_ONLY,
        NAIVE_BAYES_ONLY,
        RULES_THEN_NAIVE_BAYES
    }

    private record CachedExtractor(SegmentCatalog catalog, EntityExtractor extractor) {}

    private final TextNormalizer normalizer;
    private final Features.Weights weights;
    private final Set<String> knownWords;
    private final NaiveBayes model;
    private final double temperature;
    private volatile CachedExtractor lastExtractor;

    private IntentClassifier(
            TextNormalizer normalizer,
            Features.Weights weights,
            Set<String> knownWords,
            NaiveBayes model,
            double temperature) {
        this.normalizer = normalizer;
        this.weights = weights;
        this.knownWords = knownWords;
        this.model = model;
        this.temperature = temperature;
    }

    /**
     * The classifier trained from the bundled utterance file: read from the model the build wrote
     * ({@value ModelFile#RESOURCE}, generated from the same file, so {@code segbot ask} does not
     * retrain at every start), or trained here when that resource is missing or was built from
     * another version of the training file.
     */
    public static IntentClassifier fromClasspath() {
        byte[] training = ModelFile.trainingBytes();
        return ModelFile.load(training).orElseGet(() -> trainFrom(training));
    }

    static IntentClassifier trainFrom(byte[] training) {
        return train(
                LabelledUtterance.read(new java.io.ByteArrayInputStream(training), "classpath:" + TRAINING_RESOURCE));
    }

    /** A classifier rebuilt from its parts (see {@link ModelFile}). */
    static IntentClassifier of(
            Map<String, Integer> vocabulary, Set<String> knownWords, NaiveBayes model, double temperature) {
        return new IntentClassifier(
                new TextNormalizer(vocabulary), WEIGHTS, Set.copyOf(knownWords), model, temperature);
    }

    Map<String, Integer> vocabulary() {
        return normalizer.vocabulary();
    }

    Set<String> knownWords() {
        return knownWords;
    }

    NaiveBayes model() {
        return model;
    }

    public static IntentClassifier train(List<LabelledUtterance> training) {
        return train(training, WEIGHTS, SMOOTHING);
    }

    static IntentClassifier train(List<LabelledUtterance> training, Features.Weights weights, double smoothing) {
        if (Objects.requireNonNull(training, "training").size() < 2 * Intent.values().length) {
            throw new IllegalArgumentException("need at least two utterances per intent, got " + training.size());
        }
        TextNormalizer normalizer = new TextNormalizer(vocabulary(training));
        EntityExtractor extractor = new EntityExtractor(TrainingCatalog.CATALOG);
        List<EntityExtractor.Extraction> extractions = new ArrayList<>();
        for (LabelledUtterance utterance : training) {
            extractions.add(extractor.extract(normalizer.normalize(utterance.text())));
        }
        Set<String> known = NaiveBayes.frequentWords(
                extractions.stream().map(EntityExtractor.Extraction::masked).toList());
        List<Map<String, Double>> documents = extractions.stream()
                .map(x -> Features.of(x.masked(), x.entities(), known, weights))
                .toList();
        List<Intent> labels = training.stream().map(LabelledUtterance::intent).toList();
        double temperature = TemperatureFit.crossValidated(documents, labels, smoothing);
        return new IntentClassifier(
                normalizer, weights, known, new NaiveBayes(documents, labels, smoothing), temperature);
    }

    /** Understands a message about the ten standard RFM segments only. */
    public Understanding understand(String message) {
        return understand(message, SegmentCatalog.rfmDefaults());
    }

    /** @param catalog the segment names of the run the conversation is about */
    public Understanding understand(String message, SegmentCatalog catalog) {
        return understand(message, catalog, Mode.RULES_THEN_NAIVE_BAYES);
    }

    /** The temperature fitted by cross-validation on the training file (for the report). */
    public double temperature() {
        return temperature;
    }

    Understanding understand(String message, SegmentCatalog catalog, Mode mode) {
        Objects.requireNonNull(message, "message");
        String capped = message.length() > MAX_MESSAGE_CHARS ? message.substring(0, MAX_MESSAGE_CHARS) : message;
        EntityExtractor.Extraction x = extractor(catalog).extract(normalizer.normalize(capped));
        Entities entities = x.entities();
        if (x.masked().isEmpty()) {
            return new Understanding(Intent.OUT_OF_SCOPE, 0.0, Intent.HELP, entities, "empty");
        }
        Optional<IntentRules.Hit> hit =
                mode == Mode.NAIVE_BAYES_ONLY ? Optional.empty() : IntentRules.apply(x.masked(), entities);
        double[] p = mode == Mode.RULES_ONLY
                ? null
                : NaiveBayes.posterior(
                        model.logScores(Features.of(x.masked(), entities, knownWords, weights)), temperature);
        if (hit.isPresent()) {
            Intent intent = hit.get().intent();
            double confidence = p == null ? RULE_CONFIDENCE : Math.max(RULE_CONFIDENCE, p[intent.ordinal()]);
            return new Understanding(
                    intent, confidence, intent, entities, "rule:" + hit.get().rule());
        }
        if (p == null) {
            return new Understanding(Intent.OUT_OF_SCOPE, 0.0, Intent.OUT_OF_SCOPE, entities, "no-rule");
        }
        Intent top = argmax(p, false);
        Intent bestGuess = argmax(p, true);
        if (p[top.ordinal()] < MIN_CONFIDENCE) {
            return new Understanding(Intent.OUT_OF_SCOPE, p[top.ordinal()], bestGuess, entities, "unclear");
        }
        return new Understanding(
                top, p[top.ordinal()], top == Intent.OUT_OF_SCOPE ? bestGuess : top, entities, "naive-bayes");
    }

    private EntityExtractor extractor(SegmentCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        CachedExtractor cached = lastExtractor;
        if (cached == null || !cached.catalog().equals(catalog)) {
            cached = new CachedExtractor(catalog, new EntityExtractor(catalog));
            lastExtractor = cached;
        }
        return cached.extractor();
    }

    private static Intent argmax(double[] p, boolean inScopeOnly) {
        Intent best = null;
        for (Intent intent : Intent.values()) {
            if (inScopeOnly && intent == Intent.OUT_OF_SCOPE) {
                continue;
            }
            if (best == null || p[intent.ordinal()] > p[best.ordinal()]) {
                best = intent;
            }
        }
        return best;
    }

    /** Word frequencies of the training text plus the domain lexicon, for the typo corrector. */
    private static Map<String, Integer> vocabulary(List<LabelledUtterance> training) {
        Map<String, Integer> counts = new HashMap<>();
        for (LabelledUtterance utterance : training) {
            TextNormalizer.tokenize(utterance.text()).forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        Lexicon.words().forEach(w -> counts.merge(w, 1, Integer::sum));
        for (KnownSegment segment : TrainingCatalog.CATALOG.segments()) {
            TextNormalizer.tokenize(segment.name() + " " + String.join(" ", segment.aliases()))
                    .forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        return counts;
    }
}
