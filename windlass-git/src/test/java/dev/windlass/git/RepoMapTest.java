package dev.windlass.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RepoMapTest {

    private static final Path LOCAL = Path.of("/src/app").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {"https://git.example.com/org/app", "https://git.example.com/org/app.git",
        "https://git.example.com/org/app/", "https://git.example.com/org/app.git/", "HTTPS://Git.Example.com/org/app"})
    void localPath_matchesEverySpellingOfTheMappedUrl(String url) {
        RepoMap map = RepoMap.parse(List.of("https://git.example.com/org/app.git=/src/app"));

        assertThat(map.localPath(url)).contains(LOCAL);
        assertThat(map.effectiveUrl(url)).isEqualTo(LOCAL.toUri().toString());
    }

    @Test
    void effectiveUrl_leavesUnmappedUrlsAlone() {
        RepoMap map = RepoMap.parse(List.of("https://git.example.com/org/app=/src/app"));

        assertThat(map.effectiveUrl("https://git.example.com/org/other")).isEqualTo("https://git.example.com/org/other");
        assertThat(RepoMap.empty().localPath("https://git.example.com/org/app")).isEmpty();
    }

    @Test
    void parse_refusesAnOptionWithoutALocalPath() {
        assertThatThrownBy(() -> RepoMap.parse(List.of("https://git.example.com/org/app")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("URL=LOCALPATH");
    }

    @Test
    void credentials_neverShowTheSecret() {
        assertThat(RepositoryCredentials.basic("bob", "s3cret").toString()).doesNotContain("s3cret").contains("bob");
        assertThat(RepositoryCredentials.token("ghp_abc").toString()).doesNotContain("ghp_abc");
        assertThat(RepoUrls.redact("https://bob:s3cret@host/repo")).isEqualTo("https://***@host/repo");
    }

    @Test
    void redact_keepsTheUserOfAnSshUrlButHidesAPasswordInIt() {
        assertThat(RepoUrls.redact("ssh://git@host:2222/repo.git")).isEqualTo("ssh://git@host:2222/repo.git");
        assertThat(RepoUrls.redact("ssh://git:pw@host/repo")).isEqualTo("ssh://***@host/repo");
        assertThat(RepoUrls.redact("https://ghp_token@host/repo")).isEqualTo("https://***@host/repo");
    }
}
