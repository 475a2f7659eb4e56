package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.DEPLOYMENT;
import static dev.windlass.kustomize.KustomizeFixtures.SERVICE;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.tree.FieldPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KustomizerRemoteBasesTest {

    private static final String REPO = "https://github.com/org/repo";
    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

    /** Repositories by URL and ref (ref "" is the default branch); records each fetch. */
    private static final class FakeRemotes implements RemoteBases {
        final Map<String, Snapshot> repositories = new HashMap<>();
        final List<RemoteBase> fetches = new ArrayList<>();

        FakeRemotes with(String url, String ref, MemorySnapshot snapshot) {
            repositories.put(url + "@" + ref, snapshot);
            return this;
        }

        @Override
        public Snapshot fetch(RemoteBase base) throws FetchFailed {
            fetches.add(base);
            Snapshot found = repositories.get(base.repoUrl() + "@" + base.ref());
            if (found == null) {
                throw new FetchFailed("no branch, tag or commit named \"" + base.ref() + "\"");
            }
            return found;
        }
    }

    private static MemorySnapshot repository(String... pathsAndTexts) {
        MemorySnapshot.Builder builder = MemorySnapshot.builder(SHA);
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            builder.file(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return builder.build();
    }

    private static Result<List<KubeObject>> build(MemorySnapshot local, String path, RemoteBases remotes) {
        return Kustomizer.build(local, path, KustomizeOptions.defaults().withRemoteBases(remotes));
    }

    private static String onlyError(Result<List<KubeObject>> result) {
        assertThat(result.value()).isEmpty();
        assertThat(result.errors()).hasSize(1);
        return result.errors().get(0).message();
    }

    @Test
    void remoteBase_isBuiltFromItsRepositoryAtTheRefAndTransformedByTheOverlay() {
        FakeRemotes remotes = new FakeRemotes().with(REPO, "v1", repository(
                "deploy/kustomization.yaml", "resources: [svc.yaml, ../common]\nnamePrefix: base-\n",
                "deploy/svc.yaml", SERVICE,
                "common/kustomization.yaml", "resources: [deploy.yaml]\n",
                "common/deploy.yaml", DEPLOYMENT));
        MemorySnapshot local = files("app/kustomization.yaml",
                "resources:\n- github.com/org/repo//deploy?ref=v1\nnamespace: prod\n");

        Result<List<KubeObject>> result = build(local, "app", remotes);

        assertThat(result.errors()).isEmpty();
        assertThat(result.value()).extracting(o -> o.kind() + "/" + o.namespace() + "/" + o.name())
                .containsExactly("Service/prod/base-web", "Deployment/prod/base-web");
        assertThat(remotes.fetches).singleElement().extracting(RemoteBase::repoUrl, RemoteBase::path, RemoteBase::ref)
                .containsExactly(REPO, "deploy", "v1");
    }

    @Test
    void remoteBase_withoutFetchingEnabled_namesTheUrlAndHowToEnableIt() {
        MemorySnapshot local = files("kustomization.yaml", "resources:\n- svc.yaml\n- github.com/org/repo//deploy?ref=v1\n",
                "svc.yaml", SERVICE);

        Result<List<KubeObject>> result = Kustomizer.build(local, "", KustomizeOptions.defaults());

        assertThat(onlyError(result)).contains("github.com/org/repo//deploy?ref=v1", REPO, "ref v1",
                "fetching remote bases is not enabled", "vendor the base");
        assertThat(result.errors().get(0).location())
                .isEqualTo(Location.file("kustomization.yaml").withField(FieldPath.of("resources").index(1)));
    }

    @Test
    void remoteBase_thatCannotBeFetched_namesTheUrlAndTheCause() {
        FakeRemotes remotes = new FakeRemotes();
        MemorySnapshot local = files("kustomization.yaml", "resources: [https://github.com/org/repo//deploy?ref=nope]\n");

        String message = onlyError(build(local, "", remotes));

        assertThat(message).contains("cannot fetch remote base 'https://github.com/org/repo//deploy?ref=nope'",
                "no branch, tag or commit named \"nope\"");
    }

    @Test
    void remoteComponent_isAppliedToTheOverlaysResources() {
        FakeRemotes remotes = new FakeRemotes().with(REPO, "", repository(
                "components/label/kustomization.yaml",
                "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\ncommonLabels:\n  team: blue\n"));
        MemorySnapshot local = files("kustomization.yaml",
                "resources: [svc.yaml]\ncomponents: [github.com/org/repo//components/label]\n", "svc.yaml", SERVICE);

        List<KubeObject> built = build(local, "", remotes).value();

        assertThat(built).singleElement().extracting(o -> o.labels().get("team")).isEqualTo("blue");
    }

    @Test
    void remoteBase_readsFilesOnlyBelowItsKustomization_evenWhenTheBuildAllowsMore() {
        FakeRemotes remotes = new FakeRemotes().with(REPO, "", repository(
                "deploy/kustomization.yaml", "resources: [../svc.yaml]\n", "svc.yaml", SERVICE));
        MemorySnapshot local = files("kustomization.yaml", "resources: [github.com/org/repo//deploy]\n");

        Result<List<KubeObject>> result = Kustomizer.build(local, "",
                KustomizeOptions.defaults().withLoadRestrictor(LoadRestrictor.NONE).withRemoteBases(remotes));

        assertThat(onlyError(result)).contains("remote base 'github.com/org/repo//deploy'", "commit 0123456789ab",
                "security; file '../svc.yaml' is not in or below 'https://github.com/org/repo//deploy'");
    }

    @Test
    void remoteBase_cannotReachOutsideItsRepository() {
        FakeRemotes remotes = new FakeRemotes().with(REPO, "", repository(
                "deploy/kustomization.yaml", "resources: [../../app]\n"));
        MemorySnapshot local = files("kustomization.yaml", "resources: [github.com/org/repo//deploy]\n",
                "app/kustomization.yaml", "resources: []\n");

        assertThat(onlyError(build(local, "", remotes))).contains("remote base 'github.com/org/repo//deploy'",
                "'../../app'", "leads outside the source root");
    }

    @Test
    void remoteBases_thatReferToEachOther_areACycle() {
        String other = "https://github.com/org/other";
        FakeRemotes remotes = new FakeRemotes()
                .with(REPO, "", repository("a/kustomization.yaml", "resources: [github.com/org/other//b]\n"))
                .with(other, "", repository("b/kustomization.yaml", "resources: [github.com/org/repo//a]\n"));
        MemorySnapshot local = files("kustomization.yaml", "resources: [github.com/org/repo//a]\n");

        assertThat(onlyError(build(local, "", remotes))).contains(
                "cycle detected: URI 'github.com/org/repo//a' referenced by previous URI 'github.com/org/repo//a'",
                "remote base 'github.com/org/other//b'");
    }

    @Test
    void remoteBase_usedTwice_isFetchedOnce() {
        FakeRemotes remotes = new FakeRemotes().with(REPO, "v1", repository(
                "svc/kustomization.yaml", "resources: [svc.yaml]\n", "svc/svc.yaml", SERVICE,
                "deploy/kustomization.yaml", "resources: [deploy.yaml]\n", "deploy/deploy.yaml", DEPLOYMENT));
        MemorySnapshot local = files("kustomization.yaml",
                "resources:\n- github.com/org/repo//svc?ref=v1\n- https://github.com/org/repo//deploy?ref=v1\n");

        assertThat(build(local, "", remotes).value()).extracting(KubeObject::kind).containsExactly("Service", "Deployment");
        assertThat(remotes.fetches).hasSize(1);
    }

    @Test
    void remoteFileUrl_isRefusedWithWhatToDoInstead() {
        MemorySnapshot local = files("kustomization.yaml",
                "resources: [https://raw.githubusercontent.com/org/repo/main/deploy.yaml]\n");

        assertThat(onlyError(build(local, "", new FakeRemotes()))).contains(
                "remote file 'https://raw.githubusercontent.com/org/repo/main/deploy.yaml'",
                "does not download single files", "commit the file into the repository");
    }

    @Test
    void localFile_winsOverAUrlLikeName() {
        MemorySnapshot local = files("kustomization.yaml", "resources: [github.com/org/repo]\n",
                "github.com/org/repo", SERVICE);
        FakeRemotes remotes = new FakeRemotes();

        assertThat(build(local, "", remotes).value()).extracting(KubeObject::kind).containsExactly("Service");
        assertThat(remotes.fetches).isEmpty();
    }

    @Test
    void remoteBase_atAMissingOrFilePath_namesThePathInTheRepository() {
        FakeRemotes remotes = new FakeRemotes().with(REPO, "", repository("deploy/svc.yaml", SERVICE));

        assertThat(onlyError(build(files("kustomization.yaml", "resources: [github.com/org/repo//nothere]\n"), "",
                remotes))).contains("directory 'https://github.com/org/repo//nothere' does not exist in the repository");
        assertThat(onlyError(build(files("kustomization.yaml", "resources: [github.com/org/repo//deploy/svc.yaml]\n"), "",
                remotes))).contains("'https://github.com/org/repo//deploy/svc.yaml' refers to a file");
    }

    @Test
    void remoteBase_atTheRepositoryRoot_isBuilt() {
        FakeRemotes remotes = new FakeRemotes().with("git@github.com:org/repo.git", "main", repository(
                "kustomization.yaml", "resources: [svc.yaml]\n", "svc.yaml", SERVICE));
        MemorySnapshot local = files("kustomization.yaml", "resources: ['git@github.com:org/repo.git?ref=main']\n");

        assertThat(build(local, "", remotes).value()).extracting(KubeObject::kind).containsExactly("Service");
    }

    @Test
    void duplicateFromARemoteBase_showsTheRemoteFile() {
        FakeRemotes remotes = new FakeRemotes().with(REPO, "", repository(
                "deploy/kustomization.yaml", "resources: [svc.yaml]\n", "deploy/svc.yaml", SERVICE));
        MemorySnapshot local = files("kustomization.yaml", "resources: [svc.yaml, github.com/org/repo//deploy]\n",
                "svc.yaml", SERVICE);

        assertThat(onlyError(build(local, "", remotes))).contains(
                "from https://github.com/org/repo//deploy/svc.yaml, already added from svc.yaml");
    }

    @Test
    void urlThatNamesNoRepository_isRefused() {
        MemorySnapshot local = files("kustomization.yaml", "resources: ['https://host.example?ref=v1']\n");

        assertThat(onlyError(build(local, "", new FakeRemotes()))).contains("'https://host.example?ref=v1'",
                "is not a Git repository URL");
    }

    @Test
    void patchFromAUrl_isRefused() {
        MemorySnapshot local = files("kustomization.yaml",
                "resources: [svc.yaml]\npatches:\n- path: https://example.com/patch.yaml\n", "svc.yaml", SERVICE);

        assertThat(result(local).errors()).extracting(Issue::message).singleElement().asString()
                .contains("'https://example.com/patch.yaml' is a URL", "commit the file into the repository");
    }

    private static Result<List<KubeObject>> result(MemorySnapshot local) {
        return build(local, "", new FakeRemotes());
    }
}
