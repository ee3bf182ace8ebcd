package io.segbot.spark;

import org.apache.spark.sql.SparkSession;

/** How segbot configures a SparkSession: Kryo for the per-customer records, no web UI in local runs. */
final class SparkSessions {
    private SparkSessions() {}

    /** @param master a master URL, or null to take the one spark-submit set */
    static SparkSession.Builder local(String master, String appName) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName(appName)
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .config("spark.ui.enabled", "false");
        return master == null ? builder : builder.master(master);
    }
}
