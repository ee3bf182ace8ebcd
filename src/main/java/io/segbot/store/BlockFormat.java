package io.segbot.store;

/**
 * The format version at the start of every stored block (orders, customer scores), so that a field
 * added later does not break the blocks already stored: the reader picks the layout by version.
 *
 * <p>A versioned block begins with {@link #MARKER} and a version byte. Blocks written before
 * versions existed have no header and are version 1: they begin with a byte that is never 0xFF (an
 * order block with the flag byte 1, a customer block with the high byte of the first id's
 * modified-UTF-8 length, which is 0 for ids shorter than 256 bytes and could only reach 0xFF for an
 * id of over 65,000 bytes, which the import refuses).
 */
public final class BlockFormat {
    public static final int MARKER = 0xFF;

    private BlockFormat() {}

    /** How many bytes the header takes at the start of {@code block}: 0 for version 1, else 2. */
    public static int headerLength(byte[] block, int newest, String what) {
        if (block.length < 2 || (block[0] & 0xFF) != MARKER) {
            return 0;
        }
        checked(block[1] & 0xFF, newest, what);
        return 2;
    }

    private static int checked(int version, int newest, String what) {
        if (version < 2 || version > newest) {
            throw new StoreException("a stored block of " + what + " has format version " + version
                    + ", this segbot reads versions 1 to " + newest + ": it was written by a newer segbot");
        }
        return version;
    }
}
