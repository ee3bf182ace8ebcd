package io.segbot.naming;

import java.util.Map;
import java.util.Objects;

/**
 * A juror: how it is told to name (model mode) and the words it uses (no-model mode).
 *
 * @param id a snake_case id, unique in the book, e.g. creative_marketer
 * @param name display name
 * @param temperature sampling temperature for its proposals, 0..2
 * @param instructions its system instruction
 * @param vocabulary family (value, engagement, ..., generic) to tier words; families it leaves
 *     out use the rule-based namer's words
 */
public record Persona(
        String id, String name, double temperature, String instructions, Map<String, TierWords> vocabulary) {
    public Persona {
        Objects.requireNonNull(id, "persona id");
        if (!id.matches("[a-z][a-z_]{1,39}")) {
            throw new IllegalArgumentException("persona id must be snake_case letters, got '" + id + "'");
        }
        if (name == null || name.isBlank() || instructions == null || instructions.isBlank()) {
            throw new IllegalArgumentException("persona " + id + " needs a name and instructions");
        }
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException(
                    "persona " + id + ": temperature must be within [0, 2], got " + temperature);
        }
        vocabulary = Map.copyOf(vocabulary == null ? Map.of() : vocabulary);
    }
}
