package io.segbot.store;

/**
 * The database engines segbot stores into: embedded H2 (the default, one file on this machine) and
 * PostgreSQL (one store shared by several segbot instances, issue 17). Each has its own migrations
 * with the same version numbers; repositories pick vendor SQL only where the two differ (upserts,
 * locks).
 */
public enum Vendor {
    H2("classpath:db/migrations", "db/migrations"),
    POSTGRESQL("classpath:db/migrations-postgresql", "db/migrations-postgresql");

    private final String flywayLocation;
    private final String resourceFolder;

    Vendor(String flywayLocation, String resourceFolder) {
        this.flywayLocation = flywayLocation;
        this.resourceFolder = resourceFolder;
    }

    String flywayLocation() {
        return flywayLocation;
    }

    /** The classpath folder holding this vendor's migrations. */
    String resourceFolder() {
        return resourceFolder;
    }
}
