package dev.windlass.cli;

import dev.windlass.cli.helm.HelmRepositories;
import dev.windlass.controller.source.GitRemoteBases;
import dev.windlass.git.GitSource;
import dev.windlass.git.GitSourceException;
import dev.windlass.git.RepoMap;
import dev.windlass.git.RepositoryCache;
import dev.windlass.git.RepositoryCredentials;
import dev.windlass.kustomize.KustomizeOptions;
import dev.windlass.kustomize.KustomizeOutput;
import dev.windlass.kustomize.Kustomizer;
import dev.windlass.kustomize.LoadRestrictor;
import dev.windlass.kustomize.RemoteBase;
import dev.windlass.kustomize.RemoteBases;
import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import dev.windlass.model.snapshot.LocalSnapshot;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.render.helm.KustomizeHelmInflator;
import dev.windlass.server.Endpoint;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code windlass kustomize build DIR}: prints what {@code kustomize build DIR} prints. Reads through
 * a snapshot of the file system from its root, so bases above DIR ({@code ../base}) resolve as
 * they do for kustomize; messages show absolute paths. Remote bases (and a DIR that is a Git URL)
 * are fetched through the Git cache under the Windlass home, honouring {@code --repo-map}.
 */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Print the objects the kustomization in DIR builds, as 'kustomize build DIR' (v5) does: "
                    + "same objects, same order, same YAML.",
            "",
            "Supported: resources (files, directories, bases), components, namespace, namePrefix, nameSuffix, "
                    + "commonLabels, labels, commonAnnotations, images, replicas, sortOptions. Other fields are "
                    + "refused with an error naming them.",
            "",
            "Remote bases (github.com/org/repo//dir?ref=v1, https://host/org/repo.git//dir, git@host:org/repo.git//dir) "
                    + "are fetched anonymously through the Git cache in the Windlass home; --repo-map reads a URL from a "
                    + "local repository instead. Single files over HTTP(S) are refused."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  windlass kustomize build overlays/prod",
            "  windlass kustomize build overlays/prod -o prod.yaml",
            "  windlass kustomize build app --load-restrictor LoadRestrictionsNone",
            "  windlass kustomize build github.com/org/repo//deploy/prod?ref=v1",
            "  windlass kustomize build overlays/prod --repo-map https://github.com/org/base=/src/base"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the objects were printed",
            "1:invalid input: an error was reported and nothing was printed",
            "2:usage error: unknown option or bad value"})
final class KustomizeBuildCommand implements Callable<Integer> {

    /** The Git cache may hold this much before the least recently used repositories are evicted (as for windlass up). */
    private static final long CACHE_BYTES = 2L << 30;

    @Parameters(index = "0", paramLabel = "DIR",
            description = "The directory holding the kustomization, or the Git URL of one (URL//dir?ref=REF).")
    String directory;

    @Option(names = "--load-restrictor", paramLabel = "RESTRICTOR", defaultValue = "LoadRestrictionsRootOnly",
            description = "LoadRestrictionsRootOnly (files must be in or below their kustomization) or "
                    + "LoadRestrictionsNone (default: ${DEFAULT-VALUE}).")
    String loadRestrictor;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE instead of stdout.")
    Path output;

    @Option(names = "--repo-map", paramLabel = "URL=PATH",
            description = "Read repository URL from the local Git repository at PATH (repeatable).")
    List<String> repoMap = new ArrayList<>();

    @Option(names = "--enable-helm",
            description = "Inflate helmCharts with Windlass's own Helm engine (kustomize runs a helm binary; none is needed here).")
    boolean enableHelm;

    @Option(names = "--helm-kube-version", paramLabel = "VERSION", description = "Kubernetes version for every chart's .Capabilities.")
    String helmKubeVersion = "";

    @Option(names = "--helm-api-versions", split = ",", paramLabel = "GROUP/VERSION",
            description = "API versions for every chart's .Capabilities.APIVersions.")
    List<String> helmApiVersions = new ArrayList<>();

    @Option(names = "--helm-command", paramLabel = "PATH", hidden = true,
            description = "Accepted for kustomize compatibility and ignored: no helm binary is run.")
    String helmCommand;

    @Option(names = "--home", paramLabel = "DIR",
            description = "Windlass's own files, here the Git cache for remote bases (default: $WINDLASS_HOME or ~/.windlass).")
    Path home;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LoadRestrictor restrictor = LoadRestrictor.fromFlag(loadRestrictor).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "Invalid value for option '--load-restrictor': '" + loadRestrictor
                        + "' (expected LoadRestrictionsRootOnly or LoadRestrictionsNone)"));
        RepoMap map;
        try {
            map = RepoMap.parse(repoMap);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        KustomizeOptions options = KustomizeOptions.defaults().withLoadRestrictor(restrictor)
                .withRemoteBases(new CachedGitRemoteBases(home, map));
        if (enableHelm) {
            options = options.withHelm(new KustomizeHelmInflator(HelmRepositories.puller(home), helmKubeVersion,
                    helmApiVersions));
        }
        Optional<RemoteBase> remote = RemoteBase.parse(directory);
        Result<List<KubeObject>> built = remote.isPresent() ? buildRemote(remote.get(), options) : buildLocal(options);
        if (built.hasErrors()) {
            new IssuePrinter(spec.commandLine().getErr()).print(built.errors());
            return ExitCodes.INVALID_INPUT;
        }
        String yaml = KustomizeOutput.yaml(built.value());
        if (output != null) {
            Files.writeString(output, yaml, StandardCharsets.UTF_8);
            return ExitCodes.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(yaml);
        out.flush();
        return ExitCodes.OK;
    }

    /** Builds the local DIR over a snapshot of the file system from its root; issues show absolute paths. */
    private Result<List<KubeObject>> buildLocal(KustomizeOptions options) {
        Path absolute;
        try {
            absolute = Path.of(directory).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "DIR '" + directory + "' is neither a directory nor a Git URL: "
                    + e.getMessage());
        }
        Path root = absolute.getRoot();
        Result<List<KubeObject>> built = Kustomizer.build(LocalSnapshot.of(root),
                root.relativize(absolute).toString().replace('\\', '/'), options.withDisplayPrefix(root.toString()));
        return Result.of(built.value(), built.errors().stream().map(issue -> issue.location().file() == null ? issue
                : issue.withFile(root.resolve(issue.location().file()).toString())).toList());
    }

    /**
     * Builds DIR given as a Git URL, as kustomize does: in the repository fetched at the URL's ref,
     * files only in or below their kustomization; issues show the repository URL.
     */
    private Result<List<KubeObject>> buildRemote(RemoteBase base, KustomizeOptions options) {
        Snapshot repository;
        try {
            repository = options.remoteBases().fetch(base);
        } catch (RemoteBases.FetchFailed e) {
            return Result.of(List.of(), List.of(Issue.error("KustomizeRemoteBaseUnavailable",
                    Location.file(directory), "cannot fetch '" + directory + "': " + e.getMessage())));
        }
        String prefix = base.repoUrl() + "//";
        Result<List<KubeObject>> built = Kustomizer.build(repository, base.path(),
                options.withLoadRestrictor(LoadRestrictor.ROOT_ONLY).withDisplayPrefix(prefix));
        return Result.of(built.value(), built.errors().stream().map(issue -> issue.location().file() == null ? issue
                : issue.withFile(prefix + issue.location().file())).toList());
    }

    /**
     * Remote bases fetched anonymously through the Git cache under the Windlass home, opened on the
     * first remote base so that local builds never touch the home.
     */
    private static final class CachedGitRemoteBases implements RemoteBases {

        private final Path home;
        private final RepoMap map;
        private RemoteBases opened;

        CachedGitRemoteBases(Path home, RepoMap map) {
            this.home = home;
            this.map = map;
        }

        @Override
        public synchronized Snapshot fetch(RemoteBase base) throws FetchFailed {
            if (opened == null) {
                Path dir = (home != null ? home : Endpoint.defaultLocation().getParent()).resolve("cache").resolve("git");
                try {
                    opened = GitRemoteBases.over(GitSource.create(RepositoryCache.open(dir, CACHE_BYTES), map,
                            url -> RepositoryCredentials.none(), GitSource.Limits.DEFAULT));
                } catch (GitSourceException e) {
                    throw new FetchFailed(e.getMessage(), e);
                }
            }
            return opened.fetch(base);
        }
    }
}
