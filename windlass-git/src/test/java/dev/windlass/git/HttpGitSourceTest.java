package dev.windlass.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.git.GitSourceException.Reason;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.http.server.GitServlet;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GitSource against an in-process HTTP Git server (JGit's GitServlet on Jetty) that demands basic auth. */
class HttpGitSourceTest {

    private static final String EXPECTED_AUTH = "Basic "
            + Base64.getEncoder().encodeToString("bob:s3cret".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path tmp;

    private TestRepo origin;
    private Server server;
    private String url;
    private ServletContextHandler context;

    @BeforeEach
    void startServer() throws Exception {
        origin = TestRepo.create(tmp.resolve("origin"));
        GitServlet git = new GitServlet();
        git.setRepositoryResolver((request, name) -> {
            try {
                return new FileRepositoryBuilder().setGitDir(origin.dir().resolve(".git").toFile()).setMustExist(true).build();
            } catch (IOException e) {
                throw new RepositoryNotFoundException(name, e);
            }
        });
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(git), "/git/*");
        Filter basicAuth = (request, response, chain) -> {
            if (EXPECTED_AUTH.equals(((HttpServletRequest) request).getHeader("Authorization"))) {
                chain.doFilter(request, response);
            } else {
                ((HttpServletResponse) response).setHeader("WWW-Authenticate", "Basic realm=\"git\"");
                ((HttpServletResponse) response).sendError(401);
            }
        };
        context.addFilter(new FilterHolder(basicAuth), "/*", EnumSet.of(DispatcherType.REQUEST));
        this.context = context;
        server = serve(0);
        url = "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/git/app.git";
    }

    private Server serve(int port) throws Exception {
        Server started = new Server(new InetSocketAddress("127.0.0.1", port));
        started.setHandler(context);
        started.start();
        return started;
    }

    @AfterEach
    void stopServer() throws Exception {
        server.stop();
        origin.close();
    }

    @Test
    void fetch_overHttpSendsTheRepositoryCredentials() throws Exception {
        RevCommit commit = origin.commitFile("a.txt", "over http");
        GitSource source = GitSource.create(RepositoryCache.open(tmp.resolve("cache"), 1L << 30), RepoMap.empty(),
                Map.of(url, RepositoryCredentials.basic("bob", "s3cret"))::get, GitSource.Limits.DEFAULT);

        SourceRevision revision = source.fetch(url, "main");

        assertThat(revision.commitSha()).isEqualTo(commit.getName());
        assertThat(GitSourceTest.text(revision, "a.txt")).isEqualTo("over http");
    }

    @Test
    void fetch_overHttpFailsWithoutCredentialsAndNamesTheRepository() throws Exception {
        origin.commitFile("a.txt", "secret");
        GitSource source = GitSource.create(RepositoryCache.open(tmp.resolve("cache"), 1L << 30));

        assertThatThrownBy(() -> source.fetch(url, "main"))
                .isInstanceOfSatisfying(GitSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FETCH_FAILED))
                .hasMessageContaining(url);
    }

    @Test
    void fetch_overHttpFailsWithWrongCredentials() throws Exception {
        origin.commitFile("a.txt", "secret");
        GitSource source = GitSource.create(RepositoryCache.open(tmp.resolve("cache"), 1L << 30), RepoMap.empty(),
                u -> RepositoryCredentials.basic("bob", "wrong"), GitSource.Limits.DEFAULT);

        assertThatThrownBy(() -> source.fetch(url, "main"))
                .isInstanceOfSatisfying(GitSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FETCH_FAILED))
                .hasMessageNotContaining("wrong");
    }

    @Test
    void fetch_ofABranchFailsNamingTheUrlWhileTheServerIsDown() throws Exception {
        origin.commitFile("a.txt", "one");
        GitSource source = authenticated();
        source.fetch(url, "main");
        server.stop();

        assertThatThrownBy(() -> source.fetch(url, "main"))
                .isInstanceOfSatisfying(GitSourceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FETCH_FAILED))
                .hasMessageContaining("cannot fetch " + url);
    }

    @Test
    void fetch_ofACachedCommitShaIsServedWhileTheServerIsDown() throws Exception {
        RevCommit commit = origin.commitFile("a.txt", "one");
        GitSource source = authenticated();
        source.fetch(url, "main");
        server.stop();

        assertThat(GitSourceTest.text(source.fetch(url, commit.getName()), "a.txt")).isEqualTo("one");
    }

    @Test
    void fetch_recoversOnceTheServerIsBackAfterAFailedFetch() throws Exception {
        origin.commitFile("a.txt", "one");
        GitSource source = authenticated();
        source.fetch(url, "main");
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        server.stop();
        assertThatThrownBy(() -> source.fetch(url, "main")).isInstanceOf(GitSourceException.class);

        RevCommit second = origin.commitFile("a.txt", "two");
        server = serve(port);

        assertThat(source.fetch(url, "main").commitSha()).isEqualTo(second.getName());
    }

    private GitSource authenticated() throws Exception {
        return GitSource.create(RepositoryCache.open(tmp.resolve("cache"), 1L << 30), RepoMap.empty(),
                u -> RepositoryCredentials.basic("bob", "s3cret"), GitSource.Limits.DEFAULT);
    }
}
