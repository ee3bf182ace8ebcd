package io.segbot;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A short id that ties what a user was told ("... (reference E7F3A2C)") to the log line holding the
 * details, so users never see raw exception text and an operator can still find the cause.
 */
public final class ErrorReference {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {}

    /** "E" and seven hex digits, e.g. E07F3A2C. */
    public static String next() {
        return "E" + String.format(Locale.ROOT, "%07X", RANDOM.nextInt(1 << 28));
    }

    /**
     * One sentence fit to show a user: segbot's own failures (and validation messages) say what was
     * wrong in words; anything else becomes a plain "something went wrong".
     */
    public static String sentence(Throwable failure) {
        boolean ours = failure instanceof SegbotException
                || failure instanceof IllegalArgumentException
                || failure.getClass().getPackageName().startsWith("io.segbot");
        String message = failure.getMessage();
        if (!ours
                || message == null
                || message.isBlank()
                || failure.getClass().getSimpleName().equals("StoreException")) {
            return "something went wrong on my side";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() <= 300 ? line : line.substring(0, 297) + "...";
    }
}
