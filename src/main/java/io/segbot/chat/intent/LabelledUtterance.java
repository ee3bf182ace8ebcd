package io.segbot.chat.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One line of a labelled utterance file: {@code LABEL<TAB>text}; '#' lines and blank lines are skipped. */
public record LabelledUtterance(Intent intent, String text, int line) {
    public LabelledUtterance {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("utterance on line " + line + " is blank");
        }
    }

    /** Reads a whole file; an unknown label or a missing tab fails with the line number. */
    public static List<LabelledUtterance> read(InputStream in, String source) {
        Objects.requireNonNull(in, () -> "labelled utterances not found: " + source);
        List<LabelledUtterance> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                int tab = text.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalArgumentException(
                            source + ":" + line + ": expected LABEL<TAB>utterance, got '" + text + "'");
                }
                out.add(new LabelledUtterance(
                        parse(text.substring(0, tab).trim(), source, line), text.substring(tab + 1), line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return List.copyOf(out);
    }

    private static Intent parse(String label, String source, int line) {
        try {
            return Intent.valueOf(label);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    source + ":" + line + ": unknown intent '" + label + "', expected one of "
                            + List.of(Intent.values()),
                    e);
        }
    }
}
