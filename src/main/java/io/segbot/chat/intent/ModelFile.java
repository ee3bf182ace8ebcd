package io.segbot.chat.intent;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The trained intent classifier as a file the build writes (issue 14: {@code segbot ask} retrained
 * the classifier at every start, 28 % of its time). Binary, sorted keys so the same training file
 * gives the same bytes; headed by the SHA-256 of the training file it was trained from, so a stale
 * model is never used: a mismatch falls back to training.
 */
public final class ModelFile {
    static final String RESOURCE = "/io/segbot/chat/intent/intent-model.bin";
    private static final int FORMAT = 1;

    private ModelFile() {}

    /** Writes the model trained from the bundled training file to {@code args[0]}; run by the build. */
    public static void main(String[] args) throws IOException {
        byte[] training = trainingBytes();
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            write(IntentClassifier.trainFrom(training), sha256(training), stream);
        }
    }

    static byte[] trainingBytes() {
        try (InputStream in = IntentClassifier.class.getResourceAsStream(IntentClassifier.TRAINING_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "training file missing from the classpath: " + IntentClassifier.TRAINING_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + IntentClassifier.TRAINING_RESOURCE, e);
        }
    }

    static Optional<IntentClassifier> load(byte[] training) {
        try (InputStream in = ModelFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return read(new ByteArrayInputStream(in.readAllBytes()), sha256(training));
        } catch (IOException e) {
            return Optional.empty(); // an unreadable model is retrained, never trusted
        }
    }

    static void write(IntentClassifier classifier, byte[] trainingHash, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(stream));
        out.writeInt(FORMAT);
        out.write(trainingHash);
        out.writeDouble(classifier.temperature());
        Map<String, Integer> vocabulary = classifier.vocabulary();
        List<String> words = sorted(vocabulary.keySet());
        out.writeInt(words.size());
        for (String word : words) {
            out.writeUTF(word);
            out.writeInt(vocabulary.get(word));
        }
        List<String> known = sorted(classifier.knownWords());
        out.writeInt(known.size());
        for (String word : known) {
            out.writeUTF(word);
        }
        boolean[] present = classifier.model().present();
        out.writeInt(present.length);
        for (boolean p : present) {
            out.writeBoolean(p);
        }
        Map<String, double[]> logs = classifier.model().logLikelihood();
        List<String> features = sorted(logs.keySet());
        out.writeInt(features.size());
        for (String feature : features) {
            out.writeUTF(feature);
            for (double v : logs.get(feature)) {
                out.writeDouble(v);
            }
        }
        out.flush();
    }

    static Optional<IntentClassifier> read(InputStream stream, byte[] expectedHash) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != FORMAT) {
            return Optional.empty();
        }
        byte[] hash = in.readNBytes(expectedHash.length);
        if (!Arrays.equals(hash, expectedHash)) {
            return Optional.empty();
        }
        double temperature = in.readDouble();
        int words = in.readInt();
        Map<String, Integer> vocabulary = new HashMap<>(words * 2);
        for (int i = 0; i < words; i++) {
            vocabulary.put(in.readUTF(), in.readInt());
        }
        int knownCount = in.readInt();
        Set<String> known = new HashSet<>(knownCount * 2);
        for (int i = 0; i < knownCount; i++) {
            known.add(in.readUTF());
        }
        boolean[] present = new boolean[in.readInt()];
        if (present.length != Intent.values().length) {
            return Optional.empty();
        }
        for (int i = 0; i < present.length; i++) {
            present[i] = in.readBoolean();
        }
        int features = in.readInt();
        Map<String, double[]> logs = new HashMap<>(features * 2);
        for (int i = 0; i < features; i++) {
            String feature = in.readUTF();
            double[] values = new double[present.length];
            for (int c = 0; c < values.length; c++) {
                values[c] = in.readDouble();
            }
            logs.put(feature, values);
        }
        return Optional.of(IntentClassifier.of(vocabulary, known, new NaiveBayes(logs, present), temperature));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    private static List<String> sorted(Set<String> keys) {
        List<String> out = new ArrayList<>(keys);
        out.sort(null);
        return out;
    }
}
