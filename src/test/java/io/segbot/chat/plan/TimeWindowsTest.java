package io.segbot.chat.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Relative dates against as-of dates on the 1st, mid-month, at year end and on a leap day. */
class TimeWindowsTest {
    private static String window(String question, String asOf) {
        var found = TimeWindows.find(Words.normalize(question), LocalDate.parse(asOf));
        return found.isEmpty()
                ? "none"
                : found.get(0).range().canonical() + (found.get(0).range().clipped() ? " clipped" : "");
    }

    @Test
    void as_of_on_the_first_of_a_month() {
        assertThat(window("revenue this month", "2025-03-01")).isEqualTo("2025-03-01..2025-03-01 clipped");
        assertThat(window("revenue last month", "2025-03-01")).isEqualTo("2025-02-01..2025-02-28");
        assertThat(window("revenue in the last 7 days", "2025-03-01")).isEqualTo("2025-02-23..2025-03-01");
        assertThat(window("revenue in april", "2025-03-01")).isEqualTo("2024-04-01..2024-04-30");
    }

    @Test
    void as_of_mid_month() {
        assertThat(window("revenue this month", "2025-11-15")).isEqualTo("2025-11-01..2025-11-15 clipped");
        assertThat(window("revenue last week", "2025-11-15")).isEqualTo("2025-11-03..2025-11-09");
        assertThat(window("revenue in the last 3 months", "2025-11-15")).isEqualTo("2025-08-16..2025-11-15");
        assertThat(window("revenue since march", "2025-11-15")).isEqualTo("2025-03-01..2025-11-15");
    }

    @Test
    void as_of_at_year_end() {
        assertThat(window("revenue this year", "2024-12-31")).isEqualTo("2024-01-01..2024-12-31");
        assertThat(window("revenue last year", "2024-12-31")).isEqualTo("2023-01-01..2023-12-31");
        assertThat(window("revenue last quarter", "2024-12-31")).isEqualTo("2024-07-01..2024-09-30");
        assertThat(window("revenue in q4", "2024-12-31")).isEqualTo("2024-10-01..2024-12-31");
        assertThat(window("revenue in january", "2024-12-31")).isEqualTo("2024-01-01..2024-01-31");
    }

    @Test
    void as_of_on_a_leap_day() {
        assertThat(window("revenue this month", "2024-02-29")).isEqualTo("2024-02-01..2024-02-29");
        assertThat(window("revenue last month", "2024-02-29")).isEqualTo("2024-01-01..2024-01-31");
        assertThat(window("revenue in the last 12 months", "2024-02-29")).isEqualTo("2023-03-01..2024-02-29");
        assertThat(window("revenue in the past year", "2024-02-29")).isEqualTo("2023-03-01..2024-02-29");
        assertThat(window("revenue in the last 30 days", "2024-02-29")).isEqualTo("2024-01-31..2024-02-29");
    }

    @Test
    void impossible_dates_and_plain_numbers_are_not_windows() {
        assertThat(window("revenue on february 30", "2025-11-15")).isEqualTo("none");
        assertThat(window("customers who spent over 2000 dollars", "2025-11-15"))
                .isEqualTo("none");
        assertThat(window("may i see the top customers", "2025-11-15")).isEqualTo("none");
    }
}
