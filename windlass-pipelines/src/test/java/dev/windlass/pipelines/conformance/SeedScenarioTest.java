package dev.windlass.pipelines.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.StringNode;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.run.ChildRun;
import dev.windlass.pipelines.run.RunState;
import dev.windlass.pipelines.run.SkippedTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed scenario 3 end to end on this machine: the seed's Pipeline build-test-deploy, as written,
 * with the example's stand-in catalog tasks, run by the local executor against real Git
 * repositories (the sample application and the GitOps repository, made by setup-repos.sh).
 */
@Timeout(120)
class SeedScenarioTest {

    private static final String REGISTRY = "registry.company.com/apps";

    @TempDir
    Path dir;

    private SeedRepos repos;
    private int runs;

    @BeforeEach
    void repositories() throws IOException {
        Assumptions.assumeTrue(SeedRepos.gitAvailable(), "git is not installed: the seed scenario clones and pushes with it");
        repos = SeedRepos.create(dir.resolve("repos"));
    }

    @Test
    void setupScript_makesTheCommitThePushEventNames() throws IOException {
        MapNode event = (MapNode) JsonReader.create(CodecLimits.DEFAULT)
                .read("push-event.json", Files.readString(SeedRepos.example().resolve("push-event.json")))
                .documents().get(0).content();

        assertThat(event.getText("after")).contains(repos.commit());
        assertThat(event.getText("ref")).contains("refs/heads/main");
    }

    @Test
    void pipeline_clonesTestsScansPacksAndUpdatesTheGitOpsRepository() throws IOException {
        LocalRunHarness.Outcome outcome = runSeedPipeline(repos.commit());

        assertThat(outcome.succeeded()).as(outcome.summary() + "\n" + outcome.log()).isTrue();
        RunState state = outcome.state();
        assertThat(state.children()).extracting(ChildRun::pipelineTask).containsExactlyInAnyOrder(
                "fetch-source", "run-tests", "security-scan", "build-image", "update-gitops-repo");
        assertThat(result(state, "fetch-source", "commit")).isEqualTo(repos.commit());
        assertThat(result(state, "build-image", "IMAGE_URL")).isEqualTo(REGISTRY + "/app:" + repos.commit());
        assertThat(result(state, "build-image", "IMAGE_DIGEST")).matches("sha256:[0-9a-f]{64}");
        assertThat(repos.gitopsFile("environments/staging/deployment.yaml"))
                .contains("image: " + REGISTRY + "/app:" + repos.commit());
        assertThat(repos.gitopsFile("applications/production/worker/deployment.yaml"))
                .contains("image: ghcr.io/company/worker:1.4.2");
        assertThat(repos.gitopsSubject()).isEqualTo("Update staging image to " + repos.commit());
    }

    @Test
    void pipeline_standInsSayWhatTheyAre() throws IOException {
        LocalRunHarness.Outcome outcome = runSeedPipeline(repos.commit());

        assertThat(outcome.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("security-scan/").contains("STAND-IN, not Trivy"));
        assertThat(outcome.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("build-image/").contains("STAND-IN: no container build on this machine"));
        if (!goInstalled()) {
            assertThat(outcome.lines()).anySatisfy(line -> assertThat(line)
                    .startsWith("run-tests/").contains("STAND-IN: go is not installed on this host, so NO TEST RAN"));
        }
    }

    @Test
    void pipeline_sameSource_sameImageDigest() throws IOException {
        Assumptions.assumeTrue(gnuTar(), "the buildah stand-in packs byte-for-byte reproducibly with GNU tar only");
        String first = result(runSeedPipeline(repos.commit()).state(), "build-image", "IMAGE_DIGEST");
        String second = result(runSeedPipeline(repos.commit()).state(), "build-image", "IMAGE_DIGEST");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void pipeline_committedPrivateKey_failsTheScanAndDeploysNothing() throws IOException {
        String commit = repos.commitToApp("deploy-key.pem",
                "-----BEGIN OPENSSH PRIVATE KEY-----\nexample\n-----END OPENSSH PRIVATE KEY-----\n");

        LocalRunHarness.Outcome outcome = runSeedPipeline(commit);

        assertThat(outcome.succeeded()).as(outcome.summary()).isFalse();
        assertThat(outcome.state().condition().reason()).isEqualTo("Failed");
        assertThat(child(outcome.state(), "security-scan").condition().isSucceeded()).isFalse();
        assertThat(outcome.lines()).anySatisfy(line -> assertThat(line)
                .contains("CRITICAL private-key ./deploy-key.pem:1").doesNotContain("example"));
        assertThat(outcome.state().children()).extracting(ChildRun::pipelineTask)
                .doesNotContain("build-image", "update-gitops-repo");
        assertThat(outcome.state().skipped()).extracting(SkippedTask::name)
                .contains("build-image", "update-gitops-repo");
        assertThat(repos.gitopsSubject()).isEqualTo("GitOps configuration");
    }

    private LocalRunHarness.Outcome runSeedPipeline(String revision) throws IOException {
        Path example = SeedRepos.example();
        List<Path> files = new ArrayList<>(List.of(example.resolve("pipeline.yaml"), example.resolve("secrets.yaml")));
        try (Stream<Path> tasks = Files.list(example.resolve("tasks"))) {
            files.addAll(tasks.filter(f -> f.toString().endsWith(".yaml")).sorted().toList());
        }
        List<KubeObject> objects = ExampleFiles.read(files);
        KubeObject run = ExampleFiles.read(List.of(example.resolve("pipelinerun.yaml"))).get(0);
        run = run.withName("build-deploy-" + revision.substring(0, 12) + "-" + runs++)
                .withField(FieldPath.of("spec").key("params").index(1).key("value"), new StringNode(revision));
        Path work = Files.createTempDirectory(dir, "run-");
        return new LocalRunHarness(work, repos.environment()).run(objects, run);
    }

    private static ChildRun child(RunState state, String pipelineTask) {
        Optional<ChildRun> child = state.children().stream().filter(c -> c.pipelineTask().equals(pipelineTask)).findFirst();
        assertThat(child).as("TaskRun of " + pipelineTask + " in " + state.children().stream()
                .map(ChildRun::pipelineTask).collect(Collectors.joining(", "))).isPresent();
        return child.get();
    }

    private static String result(RunState state, String pipelineTask, String name) {
        Map<String, ParamValue> results = child(state, pipelineTask).results();
        assertThat(results).containsKey(name);
        return ((ParamValue.Str) results.get(name)).value();
    }

    private static boolean gnuTar() {
        try {
            return SeedRepos.run(Path.of("."), List.of("tar", "--version")).contains("GNU tar");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean goInstalled() {
        try {
            SeedRepos.run(Path.of("."), List.of("go", "version"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
