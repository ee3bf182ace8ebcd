package io.segbot.bot.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words; "double", 'single' and “curly” quotes (chat apps turn straight
 * quotes into curly ones) keep spaces inside a word, so a cron expression can be one argument.
 */
final class Tokens {
    private Tokens() {}

    /** @throws IllegalArgumentException on an unclosed quote */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char closing = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (closing != 0) {
                if (c == closing) {
                    closing = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'' || c == '“' || c == '‘') {
                closing = c == '“' ? '”' : c == '‘' ? '’' : c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (closing != 0) {
            throw new IllegalArgumentException("a quote is not closed");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
