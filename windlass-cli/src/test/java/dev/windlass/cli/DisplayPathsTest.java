package dev.windlass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayPathsTest {

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
        "examples/guestbook, web.yaml, examples/guestbook/web.yaml",
        "examples/guestbook/, web.yaml, examples/guestbook/web.yaml",
        "., web.yaml, web.yaml",
        "/abs/dir, sub/web.yaml, /abs/dir/sub/web.yaml",
        "/, web.yaml, /web.yaml"})
    void show_joinsTheTypedDirectoryAndTheFile(String typed, String file, String shown) {
        assertThat(DisplayPaths.forDirectory(typed).show(file)).isEqualTo(shown);
    }

    @Test
    void show_printsANamedFileExactlyAsTyped() {
        DisplayPaths paths = DisplayPaths.forFile("deploy", "real.yaml", "deploy/link.yaml");

        assertThat(paths.show("real.yaml")).isEqualTo("deploy/link.yaml");
        assertThat(paths.show("")).isEqualTo("deploy/link.yaml");
    }

    @Test
    void show_relocatesIssuesWithAFileOnly() {
        DisplayPaths paths = DisplayPaths.forDirectory("apps");
        Issue located = Issue.error("X", Location.at("web.yaml", 3, 5), "broken");
        Issue unplaced = Issue.error("X", Location.nowhere(), "broken");

        assertThat(IssuePrinter.format(paths.show(located))).isEqualTo("apps/web.yaml:3:5: error: broken");
        assertThat(IssuePrinter.format(paths.show(unplaced))).isEqualTo("error: broken");
    }
}
