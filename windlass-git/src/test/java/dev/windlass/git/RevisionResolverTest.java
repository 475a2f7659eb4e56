package dev.windlass.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.git.GitSourceException.Reason;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RevisionResolverTest {

    @TempDir
    Path tmp;

    private TestRepo origin;
    private GitSource source;
    private final Map<String, RevCommit> commits = new HashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        origin = TestRepo.create(tmp.resolve("origin"));
        for (String version : new String[] {"0.9.0", "1.0.0", "1.2.0", "1.2.5", "1.9.0", "2.0.0"}) {
            commits.put(version, origin.commitFile("version.txt", version));
            origin.tag(version.equals("1.9.0") ? "v" + version : version);
        }
        origin.annotatedTag("2.1.0-rc.1");
        origin.branch("release");
        commits.put("release", origin.commitFile("version.txt", "release"));
        origin.checkout("release");
        commits.put("release", origin.commitFile("version.txt", "on release"));
        origin.checkout("main");
        commits.put("main", origin.commitFile("version.txt", "main"));
        source = GitSource.create(RepositoryCache.open(tmp.resolve("cache"), 1L << 30));
    }

    @AfterEach
    void tearDown() {
        origin.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "HEAD            | main",
        "''              | main",
        "main            | main",
        "release         | release",
        "refs/heads/release | release",
        "1.2.0           | 1.2.0",
        "refs/tags/1.0.0 | 1.0.0",
        "v1.9.0          | 1.9.0",
        "1.2.*           | 1.2.5",
        "1.2.x           | 1.2.5",
        ">=1.0.0 <2.0.0  | 1.9.0",
        ">=1.0.0, <2.0.0 | 1.9.0",
        "~1.2            | 1.2.5",
        "^1.2            | 1.9.0",
        "^0.9            | 0.9.0",
        "*               | 2.0.0",
    })
    void resolve_findsTheCommitArgoCdWould(String revision, String expected) throws Exception {
        assertThat(source.fetch(origin.url(), revision).commitSha()).isEqualTo(commits.get(expected).getName());
    }

    @Test
    void resolve_peelsAnnotatedTagsToTheirCommit() throws Exception {
        assertThat(source.fetch(origin.url(), "2.1.0-rc.1").commitSha()).isEqualTo(commits.get("2.0.0").getName());
    }

    @Test
    void resolve_acceptsAFullSha() throws Exception {
        String sha = commits.get("1.0.0").getName();
        assertThat(source.fetch(origin.url(), sha).commitSha()).isEqualTo(sha);
    }

    @Test
    void resolve_acceptsAShortSha() throws Exception {
        String sha = commits.get("1.2.0").getName();
        assertThat(source.fetch(origin.url(), sha.substring(0, 8)).commitSha()).isEqualTo(sha);
        assertThat(source.fetch(origin.url(), sha.substring(0, 8).toUpperCase()).commitSha()).isEqualTo(sha);
    }

    @Test
    void resolve_namesRepoAndRevisionWhenNothingMatches() {
        assertThatThrownBy(() -> source.fetch(origin.url(), "no-such-branch"))
                .isInstanceOfSatisfying(GitSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_REVISION))
                .hasMessageContaining(origin.url())
                .hasMessageContaining("\"no-such-branch\"");
    }

    @Test
    void resolve_failsWhenNoTagSatisfiesTheConstraint() {
        assertThatThrownBy(() -> source.fetch(origin.url(), ">=3.0.0"))
                .isInstanceOfSatisfying(GitSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_REVISION))
                .hasMessageContaining("\">=3.0.0\"");
    }

    @Test
    void resolve_failsForAShaThatIsNotInTheRepository() {
        assertThatThrownBy(() -> source.fetch(origin.url(), "0123456789abcdef0123456789abcdef01234567"))
                .isInstanceOfSatisfying(GitSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_REVISION));
    }
}
