package io.segbot.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** PostgreSQL's failures reach the user as the same one-line sentences as H2's. */
@Tag("postgres")
class PostgresFailuresTest {
    @Test
    void a_value_too_long_for_its_column_is_one_sentence_that_says_to_shorten_it() {
        try (Database database = EmbeddedPostgresServer.freshDatabase("too_long")) {
            assertThatThrownBy(() -> database.inTransaction(c -> {
                        try (PreparedStatement s =
                                c.prepareStatement("INSERT INTO processed_event VALUES (?, now(), now())")) {
                            s.setString(1, "x".repeat(401));
                            return s.executeUpdate();
                        }
                    }))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("a value is too long for the database (")
                    .hasMessageEndingWith("); shorten it");
        }
    }

    @Test
    void a_read_only_database_says_to_point_at_the_primary() {
        String url = EmbeddedPostgresServer.createDatabase("read_only");
        try (Database database = Database.postgres(url, EmbeddedPostgresServer.LOGIN)) {
            assertThatThrownBy(() -> database.inTransaction(c -> {
                        c.createStatement().execute("SET TRANSACTION READ ONLY");
                        return c.createStatement().executeUpdate("DELETE FROM processed_event");
                    }))
                    .isInstanceOf(StoreException.class)
                    .hasMessage(url.substring(0, url.indexOf('?'))
                            + " accepts no writes (a standby, or default_transaction_read_only): point --db at the"
                            + " primary");
        }
    }
}
