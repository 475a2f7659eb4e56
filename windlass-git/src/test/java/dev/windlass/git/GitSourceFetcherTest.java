package dev.windlass.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.engine.source.FetchedSource;
import dev.windlass.engine.source.SourceException;
import dev.windlass.engine.source.SourceFetcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's SourceFetcher port over GitSource, against a real repository. */
class GitSourceFetcherTest {

    @TempDir
    Path tmp;

    private TestRepo origin;
    private SourceFetcher fetcher;

    @BeforeEach
    void setUp() throws Exception {
        origin = TestRepo.create(tmp.resolve("origin"));
        fetcher = GitSourceFetcher.of(GitSource.create(RepositoryCache.open(tmp.resolve("cache"), 1L << 30)));
    }

    @AfterEach
    void tearDown() {
        origin.close();
    }

    @Test
    void fetch_mapsTheRevisionOntoAFetchedSource() throws Exception {
        RevCommit commit = origin.write("app/cm.yaml", "kind: ConfigMap\n").commit("add config\n\nwhy");

        FetchedSource fetched = fetcher.fetch(origin.url(), "main");

        assertThat(fetched.repoUrl()).isEqualTo(origin.url());
        assertThat(fetched.revision()).isEqualTo(commit.getName());
        assertThat(fetched.author()).isEqualTo("Ada Author <ada@example.com>");
        assertThat(fetched.date()).isEqualTo(TestRepo.AUTHOR.getWhenAsInstant());
        assertThat(fetched.message()).isEqualTo("add config\n\nwhy");
        assertThat(new String(fetched.tree().read("app/cm.yaml", 1024), StandardCharsets.UTF_8)).isEqualTo("kind: ConfigMap\n");
    }

    @Test
    void fetch_turnsAnUnknownRevisionIntoASourceExceptionWithTheReasonName() throws Exception {
        origin.commitFile("a.txt", "a");

        assertThatThrownBy(() -> fetcher.fetch(origin.url(), "no-such-branch"))
                .isInstanceOfSatisfying(SourceException.class, e -> {
                    assertThat(e.reason()).isEqualTo("UNKNOWN_REVISION");
                    assertThat(e.getCause()).isInstanceOf(GitSourceException.class);
                    assertThat(e.getMessage()).isEqualTo(e.getCause().getMessage()).contains("no-such-branch");
                });
    }

    @Test
    void fetch_turnsAnUnreachableRepositoryIntoFetchFailedNamingTheUrl() {
        String url = tmp.resolve("missing").toUri().toString();

        assertThatThrownBy(() -> fetcher.fetch(url, "HEAD"))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.reason()).isEqualTo("FETCH_FAILED"))
                .hasMessageContaining(url);
    }
}
