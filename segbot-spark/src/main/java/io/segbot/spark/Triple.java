package io.segbot.spark;

import java.io.Serializable;

/** A BG/NBD summary (x, t_x, T) as a shuffle key. A plain class: Spark 3.5's Kryo cannot build records. */
final class Triple implements Serializable {
    private static final long serialVersionUID = 1L;

    int x;
    double tx;
    double age;

    Triple() {}

    Triple(int x, double tx, double age) {
        this.x = x;
        this.tx = tx;
        this.age = age;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Triple t
                && t.x == x
                && Double.compare(t.tx, tx) == 0
                && Double.compare(t.age, age) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(x, tx, age);
    }
}
