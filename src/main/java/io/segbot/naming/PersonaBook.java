package io.segbot.naming;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The jury as configured in {@code bot-config/personas.yaml}: which dimension names belong to
 * which vocabulary family, the jurors and the judge. Validated on load; a bad file is a clear
 * error naming the file and the bad value.
 */
public record PersonaBook(Map<String, List<String>> dimensionFamilies, List<Persona> jurors, JudgeSpec judge) {
    public static final String FILE = "bot-config/personas.yaml";
    public static final String GENERIC = "generic";

    public PersonaBook {
        dimensionFamilies = Map.copyOf(Objects.requireNonNull(dimensionFamilies, "dimension_families"));
        jurors = List.copyOf(Objects.requireNonNull(jurors, "jurors"));
        Objects.requireNonNull(judge, "judge");
        if (jurors.isEmpty()) {
            throw new IllegalArgumentException("the jury needs at least one juror, got none");
        }
        Set<String> ids = new HashSet<>();
        for (Persona persona : jurors) {
            if (!ids.add(persona.id())) {
                throw new IllegalArgumentException("persona id '" + persona.id() + "' appears twice");
            }
            for (String family : persona.vocabulary().keySet()) {
                if (!family.equals(GENERIC) && !dimensionFamilies.containsKey(family)) {
                    throw new IllegalArgumentException("persona " + persona.id() + " has words for family '" + family
                            + "', which dimension_families does not declare (declared: " + dimensionFamilies.keySet()
                            + ", plus generic)");
                }
            }
        }
    }

    /** Reads and validates {@code file}. */
    public static PersonaBook load(Path file) {
        try {
            return parse(java.nio.file.Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Validates a personas.yaml text.
     *
     * @param origin how to name the file in messages
     */
    public static PersonaBook parse(String text, String origin) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return yaml.readValue(text, PersonaBook.class);
        } catch (IOException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new IllegalArgumentException("cannot use " + origin + ": " + root.getMessage(), e);
        }
    }

    /** The family whose aliases include {@code dimension} (case-insensitive), else {@value #GENERIC}. */
    public String family(String dimension) {
        String key = dimension.strip().toLowerCase(Locale.ROOT);
        return dimensionFamilies.entrySet().stream()
                .filter(entry -> entry.getValue().stream()
                        .anyMatch(alias -> alias.toLowerCase(Locale.ROOT).equals(key)))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElse(GENERIC);
    }

    public Persona juror(String id) {
        return jurors.stream()
                .filter(persona -> persona.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no juror with id '" + id + "'"));
    }
}
