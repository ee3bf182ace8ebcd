package io.segbot.chat.intent;

import io.segbot.analytics.SegmentFamily;
import java.util.List;
import java.util.Objects;

/**
 * A segment name the extractor should recognise, with extra ways people say it.
 *
 * @param name the segment's name as the analysis stores it ("Can't Lose Them", "High_Low_High")
 * @param family which segmentation it belongs to
 * @param aliases other spellings ("champs"); matching is case-insensitive and typo-tolerant
 */
public record KnownSegment(String name, SegmentFamily family, List<String> aliases) {
    public KnownSegment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
        if (name.isBlank()) {
            throw new IllegalArgumentException("segment name must not be blank");
        }
    }

    public static KnownSegment of(String name, SegmentFamily family, String... aliases) {
        return new KnownSegment(name, family, List.of(aliases));
    }
}
