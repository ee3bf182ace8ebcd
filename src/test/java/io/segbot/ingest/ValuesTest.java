package io.segbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {
    @ParameterizedTest
    @CsvSource({
        "2024-03-31, 2024-03-31",
        "2024-03-31 14:05:00, 2024-03-31",
        "2024-03-31 14:05, 2024-03-31",
        "2024-03-31T14:05:09, 2024-03-31",
        "3/31/2024 14:05, 2024-03-31",
        "12/1/2010 8:26, 2010-12-01",
        "3/31/2024, 2024-03-31",
        "20240331, 2024-03-31"
    })
    void dates_in_the_common_forms_parse(String text, LocalDate expected) {
        assertThat(Values.date(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2024-02-30", "31/3/2024", "yesterday", "2024-13-01"})
    void impossible_or_unknown_dates_are_refused(String text) {
        assertThat(Values.date(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"12.50, 12.5", "-3, -3", "0.5, 0.5", ".5, 0.5", "1e3, 1000"})
    void numbers_with_dot_decimals_parse(String text, double expected) {
        assertThat(Values.number(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            12,50    | expected a number with '.' as the decimal mark, got '12,50' (write 12.50)
            1,234.50 | expected a number without thousands separators, got '1,234.50' (write 1234.50)
            $12      | expected a number like 12.50, got '$12'
            """)
    void refused_numbers_say_how_to_fix_them(String text, String problem) {
        assertThat(Values.number(text)).isNull();
        assertThat(Values.numberProblem(text)).isEqualTo(problem);
    }

    @ParameterizedTest
    @CsvSource({"17850.0, 17850", " 17850 , 17850", "A-17, A-17", "17850.5, 17850.5"})
    void spreadsheet_mangled_ids_are_normalised(String text, String expected) {
        assertThat(Values.customerId(text)).isEqualTo(expected);
    }
}
