package dev.windlass.controller.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.git.GitSource;
import dev.windlass.git.RepoMap;
import dev.windlass.git.RepositoryCache;
import dev.windlass.git.RepositoryCredentials;
import dev.windlass.kustomize.KustomizeOptions;
import dev.windlass.kustomize.Kustomizer;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.snapshot.MemorySnapshot;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.http.server.GitServlet;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remote kustomize bases fetched from real Git repositories: a bare repository over file:// and an in-process HTTP server. */
class GitRemoteBasesTest {

    private static final PersonIdent AUTHOR = new PersonIdent("Ada Author", "ada@example.com");
    private static final String SERVICE = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n";

    @TempDir
    Path tmp;

    private Path bare;
    private GitRemoteBases remotes;

    @BeforeEach
    void createRepository() throws Exception {
        Path work = tmp.resolve("work");
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            write(work, "base/kustomization.yaml", "resources: [svc.yaml]\nnamePrefix: v1-\n");
            write(work, "base/svc.yaml", SERVICE);
            commit(git, "v1");
            git.tag().setName("v1").call();
            write(work, "base/kustomization.yaml", "resources: [svc.yaml]\nnamePrefix: main-\n");
            commit(git, "main");
        }
        bare = tmp.resolve("repo.git");
        Git.cloneRepository().setURI(work.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
        remotes = GitRemoteBases.over(GitSource.create(RepositoryCache.open(tmp.resolve("cache"), 1L << 30)));
    }

    private static void write(Path work, String path, String text) throws IOException {
        Path file = work.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).call();
    }

    private static Result<List<KubeObject>> build(String reference, GitRemoteBases bases) {
        MemorySnapshot overlay = MemorySnapshot.builder("local")
                .file("kustomization.yaml", "resources:\n- " + reference + "\nnamespace: prod\n").build();
        return Kustomizer.build(overlay, "", KustomizeOptions.defaults().withRemoteBases(bases));
    }

    private static List<String> names(Result<List<KubeObject>> result) {
        assertThat(result.errors()).isEmpty();
        return result.value().stream().map(o -> o.namespace() + "/" + o.name()).toList();
    }

    @Test
    void bareRepositoryOverFile_isBuiltAtTheTagAndAtTheDefaultBranch() {
        String url = bare.toUri().toString().replaceAll("/$", "");

        assertThat(names(build(url + "//base?ref=v1", remotes))).containsExactly("prod/v1-web");
        assertThat(names(build(url + "//base", remotes))).containsExactly("prod/main-web");
    }

    @Test
    void repositoryOverHttp_isBuilt() throws Exception {
        GitServlet servlet = new GitServlet();
        servlet.setRepositoryResolver((request, name) -> {
            try {
                return new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
            } catch (IOException e) {
                throw new RepositoryNotFoundException(name, e);
            }
        });
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(servlet), "/git/*");
        Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
        server.setHandler(context);
        server.start();
        try {
            int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();

            Result<List<KubeObject>> built = build("http://127.0.0.1:" + port + "/git/app.git//base?ref=v1", remotes);

            assertThat(names(built)).containsExactly("prod/v1-web");
        } finally {
            server.stop();
        }
    }

    @Test
    void repoMap_redirectsTheRemoteUrlToALocalRepository() throws Exception {
        GitSource mapped = GitSource.create(RepositoryCache.open(tmp.resolve("mapped-cache"), 1L << 30),
                RepoMap.of(Map.of("https://github.com/org/repo", bare)), url -> RepositoryCredentials.none(),
                GitSource.Limits.DEFAULT);

        assertThat(names(build("github.com/org/repo//base?ref=v1", GitRemoteBases.over(mapped))))
                .containsExactly("prod/v1-web");
    }

    @Test
    void unknownRef_namesTheUrlAndTheRef() {
        String url = bare.toUri().toString().replaceAll("/$", "");

        Result<List<KubeObject>> result = build(url + "//base?ref=v9", remotes);

        assertThat(result.errors()).singleElement().extracting(e -> e.message()).asString()
                .contains("cannot fetch remote base '" + url + "//base?ref=v9'", "ref v9", "v9");
    }

    @Test
    void missingRepository_namesTheUrlAndTheCause() {
        String url = tmp.resolve("nothing.git").toUri().toString().replaceAll("/$", "");

        Result<List<KubeObject>> result = build(url + "//base", remotes);

        assertThat(result.errors()).singleElement().extracting(e -> e.message()).asString()
                .contains("cannot fetch remote base '" + url + "//base'", "cannot fetch");
    }
}
