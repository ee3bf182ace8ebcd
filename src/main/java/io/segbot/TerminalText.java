package io.segbot;

/**
 * Text from data or chat made safe to print on a terminal: an id holding {@code ESC[2J} must not
 * clear the screen, recolour the output or move the cursor. C0 and C1 control characters (ESC, BEL,
 * backspace, carriage return, CSI, ...) and DEL are shown as visible escapes ({@code \x1B}); so are
 * the Unicode bidirectional overrides that can make text read differently than it is ("Trojan
 * Source"). Line feeds are kept only where a caller prints several lines. Pure, thread-safe.
 */
public final class TerminalText {
    private TerminalText() {}

    /** One line: every control character, line feeds included, becomes a visible escape. */
    public static String line(String text) {
        return escape(text, false);
    }

    /** Several lines: line feeds and tabs are kept, every other control character is escaped. */
    public static String lines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean kept = !unsafe(c) || (keepLines && (c == '\n' || c == '\t'));
            if (kept) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            out.append(c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
        }
        return out == null ? text : out.toString();
    }

    private static boolean unsafe(char c) {
        return Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
