package io.segbot.naming;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The names chosen so far in one run: a name (case-insensitive) belongs to one segment only. */
final class NameRegistry {
    private static final List<String> QUALIFIERS = List.of(
            "Alpha",
            "Bravo",
            "Charlie",
            "Delta",
            "Echo",
            "Foxtrot",
            "Golf",
            "Hotel",
            "India",
            "Juliet",
            "Kilo",
            "Lima",
            "Mike",
            "November",
            "Oscar",
            "Papa",
            "Quebec",
            "Romeo",
            "Sierra",
            "Tango",
            "Uniform",
            "Victor",
            "Whiskey",
            "Xray",
            "Yankee",
            "Zulu");

    private final Map<String, String> segmentByName = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();

    Optional<String> takenBy(String name) {
        return Optional.ofNullable(segmentByName.get(NameFormat.key(name)));
    }

    void claim(String name, String segmentId) {
        String previous = segmentByName.putIfAbsent(NameFormat.key(name), segmentId);
        if (previous != null) {
            throw new IllegalStateException("name " + name + " is already taken by segment " + previous);
        }
        names.add(name);
    }

    List<String> names() {
        return List.copyOf(names);
    }

    /**
     * The words joined, or when that name is taken, the first free variant with a qualifier word
     * (Alpha ... Zulu, then Alpha-Bravo ...) in place of a fourth word. Always returns a free, valid name.
     */
    String freeVariant(List<String> words) {
        String base = String.join("_", words);
        if (NameFormat.problem(base).isEmpty() && takenBy(base).isEmpty()) {
            return base;
        }
        List<String> stem = words.subList(0, Math.min(words.size(), NameFormat.MAX_WORDS - 1));
        for (String first : QUALIFIERS) {
            String candidate = join(stem, first);
            if (NameFormat.problem(candidate).isEmpty() && takenBy(candidate).isEmpty()) {
                return candidate;
            }
        }
        for (String first : QUALIFIERS) {
            for (String second : QUALIFIERS) {
                String candidate = join(stem, first + "-" + second);
                if (NameFormat.problem(candidate).isEmpty()
                        && takenBy(candidate).isEmpty()) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("more than 700 segments share the words " + words);
    }

    private static String join(List<String> stem, String qualifier) {
        List<String> words = new ArrayList<>(stem);
        words.add(qualifier);
        return String.join("_", words);
    }
}
