package io.segbot.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local[2] SparkSession every test class shares (starting one takes 5–10 s, and the build
 * machine has two cores): created on first use, stopped when the test JVM exits.
 */
final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {}

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSessions.local("local[2]", "segbot-spark tests")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.default.parallelism", "4")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
