package io.segbot.mece;

/** One tier combination of a run: its rule, how many users fell in it, and the final segment. */
public record BucketSize(String combo, String rule, int size, String finalSegment) {}
