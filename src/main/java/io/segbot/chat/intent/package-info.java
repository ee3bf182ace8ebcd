/**
 * Understanding a chat message: intent, confidence and entities (issue 6). Pure: the only I/O is
 * reading the bundled training file from the classpath.
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * IntentClassifier classifier = IntentClassifier.fromClasspath();   // once; thread-safe
 * SegmentCatalog catalog = SegmentCatalog.rfmDefaults().with(List.of(
 *         KnownSegment.of("Bargain Hunters", SegmentFamily.CLUSTER),          // this run's labels
 *         KnownSegment.of("Premium_Engaged_Profitable", SegmentFamily.MECE)));
 * Understanding u = classifier.understand("hey, how do champs compare to segment 2?", catalog);
 * u.intent();      // COMPARISON
 * u.entities();    // [ByName Champions (RFM), ById 2 (CLUSTER)]
 * }</pre>
 *
 * <p>FOLLOW_UP means "inherit the previous turn's intent": replace its segments with the new
 * message's segments if it names any ("what about segment 2?"), its metrics if it names any ("and
 * their churn?"), otherwise explain the previous answer ("why?"). OUT_OF_SCOPE with method
 * "unclear" or "empty" means the message was not understood; {@code bestGuess} can seed a
 * "did you mean" line. EXPORT says only what was asked; who may export is the platform's decision.
 *
 * <h2>Pipeline and why</h2>
 *
 * <ol>
 *   <li>{@code TextNormalizer}: lower case, NFKC, emoji and punctuation dropped, chatty fillers
 *       ("hey segbot, quick q", "pls") removed, words of 5+ letters corrected to the closest
 *       vocabulary word within 1 edit (2 from 9 letters; optimal string alignment distance).
 *   <li>{@code EntityExtractor}: customer ids, numbered segments, catalog names (aliases, plural and
 *       per-word typo tolerance, Jaro-Winkler similarity reported), "the biggest one", top-N,
 *       metrics, direction, families; then masks them ("compare segname and segment segid"), so
 *       the model learns question shapes independent of this run's names.
 *   <li>{@code IntentRules}: 8 high-precision patterns (forget, export verbs, a customer id,
 *       greetings/help, bare follow-ups, two segments with a compare word, cart words).
 *   <li>{@code NaiveBayes}: multinomial, uniform priors, over words, word bigrams, character
 *       3-grams, shape features and hand-made word classes ({@code Concepts}), trained from
 *       {@code training.tsv} (841 lines); softmax temperature fitted by 5-fold cross-validation.
 *       Below {@link io.segbot.chat.intent.IntentClassifier#MIN_CONFIDENCE} (0.35, the best
 *       threshold in 10-fold cross-validation on the training file) the answer is OUT_OF_SCOPE.
 * </ol>
 *
 * <h2>Measurements (IntentEvaluationTest prints them)</h2>
 *
 * <table>
 *   <caption>Intent accuracy</caption>
 *   <tr><th>set</th><th>rules only</th><th>naive Bayes only</th><th>rules then naive Bayes</th></tr>
 *   <tr><td>intent-eval.tsv, 186 lines, written first</td><td>41.9 %</td><td>95.7 %</td><td>98.4 %</td></tr>
 *   <tr><td>intent-holdout.tsv, 64 lines, written after tuning</td><td>35.9 %</td><td>90.6 %</td><td>93.8 %</td></tr>
 *   <tr><td>10-fold cross-validation on training.tsv</td><td>35.0 %</td><td>86.0 %</td><td>90.7 %</td></tr>
 * </table>
 *
 * <p>Rules alone abstain on most messages (they only fire when sure: every hit on all three sets
 * was correct), naive Bayes alone mislabels exports, lookups and bare follow-ups; together they
 * beat both. The evaluation set was also the development set: its first measurement, before the
 * word classes and the second half of the training file, was 94.1 % (naive Bayes only 91.4 %). The
 * holdout set, never used for tuning, is the honest estimate of accuracy on new phrasing (~94 %).
 * Ablations in 10-fold cross-validation (full model 90.7 %): without word classes 87.4 %, without
 * character 3-grams 89.8 %, without both 85.0 %. Calibration on eval + holdout (163 naive-Bayes decisions): expected calibration error
 * 0.024 with the fitted temperature 2.0. Latency after warm-up: p50 25-36 us, p99 87-194 us per
 * message (2 shared cores); training at start-up 0.7-1.2 s on a loaded machine.
 */
package io.segbot.chat.intent;
