package io.segbot.spark;

import org.apache.spark.sql.SparkSession;

/**
 * How segbot configures a SparkSession: Kryo for the per-customer records; a local master runs
 * without the web UI and binds the driver to the loopback address (so a machine whose host name does
 * not resolve still runs it).
 */
final class SparkSessions {
    private SparkSessions() {}

    /** @param master a master URL, or null to take the one spark-submit set */
    static SparkSession.Builder local(String master, String appName) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName(appName)
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        if (master == null) {
            return builder;
        }
        if (master.startsWith("local")) {
            builder = builder.config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
        }
        return builder.master(master);
    }
}
