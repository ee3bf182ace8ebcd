package io.segbot.ingest;

import io.segbot.SegbotException;

/** A CDNOW file line that cannot be read; the message names the file, the line and the fix. */
public class CdnowFormatException extends SegbotException {
    private final String source;
    private final long line;

    public CdnowFormatException(String source, long line, String problem) {
        super(source + ", line " + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public long line() {
        return line;
    }
}
