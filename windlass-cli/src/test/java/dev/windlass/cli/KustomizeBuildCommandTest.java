package dev.windlass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KustomizeBuildCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path app(Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: [cm.yaml]\nnamePrefix: p-\n");
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n");
        return dir;
    }

    @Test
    void build_writesToTheOutputFileInsteadOfStdout(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.yaml");

        int exit = run("kustomize", "build", app(dir).toString(), "-o", target.toString());

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(Files.readString(target)).isEqualTo("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: p-c\n");
    }

    @Test
    void build_refusesUnknownLoadRestrictorAsUsageError(@TempDir Path dir) throws IOException {
        int exit = run("kustomize", "build", app(dir).toString(), "--load-restrictor", "Sometimes");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--load-restrictor", "Sometimes");
    }

    @Test
    void build_readsFilesAboveTheKustomizationWithRestrictorNone(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n");
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.writeString(app.resolve("kustomization.yaml"), "resources: [../cm.yaml]\n");

        assertThat(run("kustomize", "build", app.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("security; file '../cm.yaml'");
        assertThat(run("kustomize", "build", app.toString(), "--load-restrictor", "LoadRestrictionsNone")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("name: c");
    }

    @Test
    void kustomize_withoutCommandIsUsageError() {
        assertThat(run("kustomize")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing command");
    }

    /** A Git repository with deploy/ (a Service named by the tag or branch) at tag v1 and on main. */
    private static Path baseRepository(Path dir) throws Exception {
        PersonIdent author = new PersonIdent("Ada Author", "ada@example.com");
        Path deploy = Files.createDirectories(dir.resolve("deploy"));
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            for (String name : new String[] {"v1", "main"}) {
                Files.writeString(deploy.resolve("kustomization.yaml"), "resources: [svc.yaml]\nnameSuffix: -" + name + "\n");
                Files.writeString(deploy.resolve("svc.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n");
                git.add().addFilepattern(".").call();
                git.commit().setMessage(name).setAuthor(author).setCommitter(author).call();
                if (name.equals("v1")) {
                    git.tag().setName("v1").call();
                }
            }
        }
        return dir;
    }

    private static String url(Path repository) {
        return repository.toUri().toString().replaceAll("/$", "");
    }

    @Test
    void build_fetchesRemoteBasesFromTheMappedRepository(@TempDir Path dir) throws Exception {
        Path repository = baseRepository(dir.resolve("base"));
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.writeString(app.resolve("kustomization.yaml"), "resources:\n- https://github.com/org/base//deploy?ref=v1\n"
                + "namespace: prod\n");

        int exit = run("kustomize", "build", app.toString(), "--home", dir.resolve("home").toString(),
                "--repo-map", "https://github.com/org/base=" + repository);

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("apiVersion: v1\nkind: Service\nmetadata:\n  name: web-v1\n  namespace: prod\n");
        assertThat(dir.resolve("home/cache/git")).isDirectory();
    }

    @Test
    void build_ofAGitUrl_buildsTheKustomizationInTheRepository(@TempDir Path dir) throws Exception {
        String url = url(baseRepository(dir.resolve("base")));

        int exit = run("kustomize", "build", url + "//deploy", "--home", dir.resolve("home").toString());

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("name: web-main");
    }

    @Test
    void build_withAnUnreachableRemoteBase_namesTheUrlAndTheCause(@TempDir Path dir) throws IOException {
        String missing = url(dir.resolve("missing.git"));
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: ['" + missing + "//deploy?ref=v1']\n");

        int exit = run("kustomize", "build", dir.toString(), "--home", dir.resolve("home").toString());

        assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(dir.resolve("kustomization.yaml").toString(),
                "cannot fetch remote base '" + missing + "//deploy?ref=v1'", "cannot fetch " + missing);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void build_ofALocalDirectory_leavesTheHomeAlone(@TempDir Path dir) throws IOException {
        Path home = dir.resolve("home");

        assertThat(run("kustomize", "build", app(Files.createDirectories(dir.resolve("app"))).toString(),
                "--home", home.toString())).isZero();
        assertThat(home).doesNotExist();
    }

    @Test
    void build_refusesMalformedRepoMapAsUsageError(@TempDir Path dir) throws IOException {
        int exit = run("kustomize", "build", app(dir).toString(), "--repo-map", "no-equals-sign");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--repo-map no-equals-sign is not URL=LOCALPATH");
    }
}
