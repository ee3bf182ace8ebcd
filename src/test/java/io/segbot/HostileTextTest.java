package io.segbot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 15, "Hostile data": formula injection in CSV cells and escape sequences on terminals. */
class HostileTextTest {
    @Test
    void formula_injection_text_cells_starting_with_a_formula_character_get_a_quote() {
        assertThat(CsvCells.text("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvCells.text("+cmd|calc!A0")).isEqualTo("'+cmd|calc!A0");
        assertThat(CsvCells.text("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.text("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvCells.text("C001")).isEqualTo("C001");
        assertThat(CsvCells.text("Champions")).isEqualTo("Champions");
    }

    @Test
    void formula_injection_tab_and_carriage_return_are_neutralised_too() {
        assertThat(CsvCells.text("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvCells.text("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(CsvCells.text("")).isEmpty();
    }

    @Test
    void terminal_escape_clear_screen_and_colours_are_shown_not_obeyed() {
        assertThat(TerminalText.line("\u001b[2J\u001b[31mC1\u0007")).isEqualTo("\\x1B[2J\\x1B[31mC1\\x07");
        assertThat(TerminalText.line("a\nb\rc")).isEqualTo("a\\x0Ab\\x0Dc");
        assertThat(TerminalText.lines("line 1\nline\u009b2")).isEqualTo("line 1\nline\\x9B2");
        assertThat(TerminalText.line("abc\u202Egnp.exe")).isEqualTo("abc\\u202Egnp.exe");
        assertThat(TerminalText.line("Champions €")).isEqualTo("Champions €");
    }

    @Test
    void error_text_caps_a_quoted_value_at_80_characters_and_keeps_one_line() {
        String quoted = ErrorText.quote("x".repeat(10_000_000));
        assertThat(quoted).hasSize(ErrorText.MAX_QUOTED).endsWith("…");
        assertThat(ErrorText.oneLine(new IllegalStateException("first\nsecond\u001b[2J")))
                .isEqualTo("first second?[2J");
    }
}
