package dev.windlass.cli.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Go-compatible layout helpers: tabwriter columns, times and durations. */
class TextLayoutTest {

    @Test
    void table_padsEachColumnToItsWidestCellPlusTwo_butNotTheLastCell() {
        String text = new TabTable().row("NAME", "STATUS", "MESSAGE").row("guestbook", "Synced", "ok").row("a", "", "").render();

        assertThat(text).isEqualTo("NAME       STATUS  MESSAGE\nguestbook  Synced  ok\na                  \n");
    }

    @Test
    void table_rowWithFewerCells_endsTheColumnBlock_likeGoTabwriter() {
        String text = new TabTable().row("SOURCE", "https://example.com/a-long-repository.git")
                .row("ID", "DATE", "REVISION").row("12", "2024-05-02", "HEAD").render();

        assertThat(text).isEqualTo("SOURCE  https://example.com/a-long-repository.git\n"
                + "ID      DATE        REVISION\n"
                + "12      2024-05-02  HEAD\n");
    }

    @Test
    void table_countsCharactersNotBytes() {
        String text = new TabTable().row("é", "x").row("ab", "y").render();

        assertThat(text).isEqualTo("é   x\nab  y\n");
    }

    @ParameterizedTest(name = "{0}s -> {1}")
    @CsvSource({"0, 0s", "5, 5s", "98, 1m38s", "3600, 1h0m0s", "3723, 1h2m3s", "-5, -5s"})
    void duration_printsLikeGo(long seconds, String expected) {
        assertThat(GoText.duration(Duration.ofSeconds(seconds))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2024-05-02T09:14:03Z, 2024-05-02 09:14:03 +0000 UTC",
        "2024-05-02T11:14:03+02:00, 2024-05-02 09:14:03 +0000 UTC", "yesterday, yesterday"})
    void time_printsLikeGoInUtc(String rfc3339, String expected) {
        assertThat(GoText.time(rfc3339)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"HEAD, false", "main, false", "v1.2.0, false", "53e28ff, true", "53e28ff20cc530b9ada2173fbbd64d48338583ba, true"})
    void commitSha_isSevenToFortyHexDigits(String revision, boolean sha) {
        assertThat(GoText.isCommitSha(revision)).isEqualTo(sha);
    }
}
