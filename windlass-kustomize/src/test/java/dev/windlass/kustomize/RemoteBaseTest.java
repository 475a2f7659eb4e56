package dev.windlass.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RemoteBaseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # reference                                                        | repository URL                                              | path                 | ref
            github.com/org/repo//deploy/prod?ref=v1                             | https://github.com/org/repo                                 | deploy/prod          | v1
            github.com/org/repo/deploy                                          | https://github.com/org/repo                                 | deploy               | ''
            gitHub.com/org/repo                                                 | https://github.com/org/repo                                 | ''                   | ''
            github.com:org/repo/dir                                             | https://github.com/org/repo                                 | dir                  | ''
            http://github.com/org/repo/dir                                      | https://github.com/org/repo                                 | dir                  | ''
            hTTps://github.com/org/repo.git/dir?ref=main                        | https://github.com/org/repo.git                             | dir                  | main
            https://github.com/org/repo//examples/dev/?ref=v1.0.6              | https://github.com/org/repo                                 | examples/dev         | v1.0.6
            https://github.com/org/repo.git//path?ref=main&timeout=90&submodules=false | https://github.com/org/repo.git                    | path                 | main
            git@github.com:org/repo.git//path                                   | git@github.com:org/repo.git                                 | path                 | ''
            git@github.com/org/repo/path                                        | git@github.com:org/repo                                     | path                 | ''
            ssh://git@github.com/org/repo/path                                  | git@github.com:org/repo                                     | path                 | ''
            org-12345@github.com:org/repo                                       | org-12345@github.com:org/repo                               | ''                   | ''
            git::https://gitlab.com/org/repo//path                              | https://gitlab.com/org/repo                                 | path                 | ''
            git::git@github.com:org/repo                                        | git@github.com:org/repo                                     | ''                   | ''
            ssh://git@bitbucket.org/company/project.git//path?ref=branch        | ssh://git@bitbucket.org/company/project.git                 | path                 | branch
            git@bitbucket.org:company/project.git//path?ref=branch              | git@bitbucket.org:company/project.git                       | path                 | branch
            git@gitlab.example.com:infra/kubernetes/base.git?ref=v0.1.0        | git@gitlab.example.com:infra/kubernetes/base.git            | ''                   | v0.1.0
            ssh://git.example.com:7999/org/repo/dir                             | ssh://git.example.com:7999/org/repo                         | dir                  | ''
            https://host.example/org/repo/path?ref=x                            | https://host.example/org/repo                               | path                 | x
            https://codecommit.example/someorg/somerepo/a/b                     | https://codecommit.example/someorg/somerepo                 | a/b                  | ''
            https://dev.azure.com/org/project/_git/repo/path/to/app?version=v2  | https://dev.azure.com/org/project/_git/repo                 | path/to/app          | v2
            https://tfs.example/collection/project/_git/repo                    | https://tfs.example/collection/project/_git/repo            | ''                   | ''
            https://bitbucket.example/scm/project/repository.git                | https://bitbucket.example/scm/project/repository.git        | ''                   | ''
            file:///srv/git/repo//base?ref=main                                 | file:///srv/git/repo                                        | base                 | main
            file:///srv/git/repo                                                | file:///srv/git/repo                                        | ''                   | ''
            file://a/b/c/repo.git/somepath?ref=b                                | file://a/b/c/repo.git                                       | somepath             | b
            https://github.com/org/repo//a/./b/../c                             | https://github.com/org/repo                                 | a/c                  | ''
            https://github.com/org/repo?ref=v1&version=v2                       | https://github.com/org/repo                                 | ''                   | v1
            """)
    void parse_splitsRepositoryPathAndRefLikeKustomize(String reference, String repoUrl, String path, String ref) {
        RemoteBase base = RemoteBase.parse(reference).orElseThrow();

        assertThat(base.reference()).isEqualTo(reference);
        assertThat(base.repoUrl()).isEqualTo(repoUrl);
        assertThat(base.path()).isEqualTo(path);
        assertThat(base.ref()).isEqualTo(ref);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/tmp", "../../tmp", "base", "./overlays/prod", "src/github.com/org/repo/path", "iauhsdiuashduas",
        "htxxxtp://github.com/", "ssh://git.example.com", "git::___", "https://host?ref=group/version",
        "https://github.com/org/repo.git//path/../../exits/repo", "github.com!org/repo.git//path", "gh:org/repo",
        "https://github.com/thisisa404.yaml", "file:////tmp//path/to/whatever",
        "git@scp://github.com/org/repo.git//path", "git@ssh://github.com/org/repo.git//path", "deploy.yaml"})
    void parse_leavesLocalPathsAndUnreadableUrlsAlone(String reference) {
        assertThat(RemoteBase.parse(reference)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                          | PT27S
            timeout=61                  | PT1M1S
            timeout=90s                 | PT1M30S
            timeout=1m30s               | PT1M30S
            timeout=1.5h                | PT1H30M
            timeout=250ms               | PT0.25S
            timeout=0                   | PT27S
            timeout=-5                  | PT27S
            timeout=-5s                 | PT27S
            timeout=soon                | PT27S
            timeout=10x                 | PT27S
            """)
    void parse_readsTimeoutAsSecondsOrGoDuration(String query, String expected) {
        RemoteBase base = RemoteBase.parse("github.com/org/repo?" + query).orElseThrow();

        assertThat(base.timeout()).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                  | true
            submodules=false    | false
            submodules=0        | false
            submodules=F        | false
            submodules=FALSE    | false
            submodules=true     | true
            submodules=no       | true
            """)
    void parse_readsSubmodulesAsGoBoolean(String query, boolean expected) {
        assertThat(RemoteBase.parse("github.com/org/repo?" + query).orElseThrow().submodules()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ref=release%2F1.0           | release/1.0
            version=v1                  | v1
            ref=&version=v3             | v3
            ref=a+b                     | a b
            ref=v1;timeout=5            | ''
            ref=v1&x=%zz                | ''
            ref=v1&ref=v2               | v1
            """)
    void parse_decodesTheQueryLikeGo(String query, String ref) {
        assertThat(RemoteBase.parse("github.com/org/repo?" + query).map(RemoteBase::ref)).isEqualTo(Optional.of(ref));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://raw.githubusercontent.com/org/repo/main/deploy.yaml       | true
            https://github.com/knative/serving/releases/download/v0.12.0/serving.yaml | true
            http://example.com/manifests/app.json?x=1                          | true
            https://example.com/org/repo.yml                                   | true
            https://github.com/org/repo//deploy.yaml                           | false
            https://github.com/org/repo.git/deploy.yaml                        | false
            https://github.com/org/repo/dir                                    | false
            github.com/org/repo/deploy.yaml                                    | false
            deploy.yaml                                                        | false
            """)
    void isRemoteFile_tellsFileUrlsFromRepositories(String reference, boolean expected) {
        assertThat(RemoteBase.isRemoteFile(reference)).isEqualTo(expected);
    }
}
