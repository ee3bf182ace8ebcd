package io.segbot.mece;

import java.util.List;

/**
 * Marks user ids held by more than one universe row, with an open-addressing table of row indices
 * (linear probing, cached String hashes) so a million ids cost no boxing.
 */
final class DuplicateIds {
    private DuplicateIds() {}

    /**
     * @param duplicated set true for every row whose id another row also holds
     * @param examples receives up to 5 duplicated ids
     * @return rows beyond the first per id
     */
    static int mark(String[] ids, boolean[] duplicated, List<String> examples) {
        int capacity = Integer.highestOneBit(Math.max(4, ids.length) * 2) * 2;
        int mask = capacity - 1;
        int[] slots = new int[capacity];
        int[] hashes = new int[capacity];
        java.util.Arrays.fill(slots, -1);
        int duplicates = 0;
        for (int row = 0; row < ids.length; row++) {
            int hash = ids[row].hashCode();
            int slot = (hash ^ (hash >>> 16)) * 0x9E3779B1 & mask;
            while (slots[slot] >= 0 && (hashes[slot] != hash || !ids[slots[slot]].equals(ids[row]))) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot] < 0) {
                slots[slot] = row;
                hashes[slot] = hash;
                continue;
            }
            duplicates++;
            duplicated[row] = true;
            duplicated[slots[slot]] = true;
            if (examples.size() < 5) {
                examples.add(ids[row]);
            }
        }
        return duplicates;
    }
}
