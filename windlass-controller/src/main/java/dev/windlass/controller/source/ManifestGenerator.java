package dev.windlass.controller.source;

import dev.windlass.controller.app.ApplicationSource;
import dev.windlass.engine.source.FetchedSource;
import dev.windlass.engine.source.SourceException;
import dev.windlass.helm.HelmException;
import dev.windlass.kustomize.KustomizeOptions;
import dev.windlass.kustomize.RemoteBases;
import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import dev.windlass.render.DirectoryOptions;
import dev.windlass.render.DirectoryRenderer;
import dev.windlass.render.RenderResult;
import dev.windlass.render.helm.ChartPuller;
import dev.windlass.render.helm.HelmRenderer;
import dev.windlass.render.helm.HelmSourceOptions;
import dev.windlass.render.helm.KustomizeHelmInflator;
import dev.windlass.render.jsonnet.JsonnetOptions;
import dev.windlass.render.jsonnet.JsonnetRenderer;
import dev.windlass.render.kustomize.KustomizeOverrides;
import dev.windlass.render.kustomize.KustomizeRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Renders an application's source at a fetched revision into manifests (a directory of manifests
 * with its Jsonnet, a Kustomize overlay with Argo CD's overrides, or a Helm chart with Argo CD's
 * Helm options, from Git or pulled from a Helm repository), and remembers the result:
 * rendering is a pure function of the commit, the path and the options, so applications sharing them
 * (and refreshes that find no new commit) do not render again — Argo CD's repo server caches
 * generated manifests the same way.
 */
public final class ManifestGenerator {

    /**
     * Everything a render depends on: the commit (or chart and version), the path, the type and the
     * options of every type, Helm's with the release name and namespace filled in.
     */
    private record Key(String repoUrl, String revision, String path, String chart, ApplicationSource.Type type,
            ApplicationSource.Directory directory, KustomizeOverrides kustomize, HelmSourceOptions helm) {
    }

    private final int capacity;
    private final Map<Key, RenderResult> cache;
    private final KustomizeOptions kustomizeOptions;
    private final ChartPuller puller;

    /** A generator that keeps the last {@code capacity} renders and refuses Kustomize remote bases. */
    public ManifestGenerator(int capacity) {
        this(capacity, RemoteBases.NONE);
    }

    /**
     * A generator that keeps the last {@code capacity} renders and fetches Kustomize remote bases
     * ({@code resources: [github.com/org/repo//app?ref=v1]}) through {@code remoteBases}.
     */
    public ManifestGenerator(int capacity, RemoteBases remoteBases) {
        this(capacity, KustomizeOptions.defaults().withRemoteBases(remoteBases), ChartPuller.NONE);
    }

    /**
     * A generator that also inflates Kustomize's {@code helmCharts} with Windlass's Helm engine, pulling
     * charts without a vendored copy through {@code charts}: what Argo CD does with
     * {@code kustomize.buildOptions: --enable-helm}, which every Application using {@code helmCharts}
     * needs there; and that runs {@code helm dependency build} for Git charts whose {@code charts/}
     * lacks dependencies, as Argo CD does.
     */
    public ManifestGenerator(int capacity, RemoteBases remoteBases, ChartFetcher charts) {
        this(capacity, KustomizeOptions.defaults().withRemoteBases(remoteBases)
                .withHelm(new KustomizeHelmInflator(pullThrough(charts))), pullThrough(charts));
    }

    private ManifestGenerator(int capacity, KustomizeOptions kustomizeOptions, ChartPuller puller) {
        this.capacity = capacity;
        this.kustomizeOptions = kustomizeOptions;
        this.puller = puller;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, RenderResult> eldest) {
                return size() > ManifestGenerator.this.capacity;
            }
        };
    }

    /** Kustomize's chart pulls through the Application controller's chart fetcher (its repositories and cache). */
    private static ChartPuller pullThrough(ChartFetcher charts) {
        return (repository, name, version, devel) -> {
            String constraint = version.isEmpty() && devel ? ">0.0.0-0" : version;
            try {
                return charts.fetch(repository, name, constraint, false).archive();
            } catch (SourceException e) {
                throw new HelmException(e.getMessage(), e);
            }
        };
    }

    /**
     * The manifests {@code source} names in {@code fetched}; problems are issues with file and line.
     * A Helm chart is released as {@code appName} into {@code namespace} unless its options name others.
     */
    public RenderResult generate(ApplicationSource source, FetchedSource fetched, String appName, String namespace) {
        HelmSourceOptions helm = HelmFlags.options(source.helm(), appName, namespace);
        Key key = new Key(fetched.repoUrl(), fetched.revision(), source.path(), "", source.type(), source.directory(),
                source.kustomize(), helm);
        return cached(key, () -> render(source, fetched, helm));
    }

    /** The manifests of a chart pulled from a Helm repository, released as {@code appName} into {@code namespace}. */
    public RenderResult generateChart(ApplicationSource source, FetchedChart chart, String appName, String namespace) {
        HelmSourceOptions helm = HelmFlags.options(source.helm(), appName, namespace);
        Key key = new Key(chart.repoURL(), chart.version(), "", chart.chart(), ApplicationSource.Type.HELM,
                ApplicationSource.Directory.DEFAULT, KustomizeOverrides.NONE, helm);
        return cached(key, () -> HelmFlags.versionProblem(source.helm())
                .map(problem -> failed(chart.fileName(), problem))
                .orElseGet(() -> new HelmRenderer(helm, puller).renderArchive(chart.archive(), chart.fileName())));
    }

    private RenderResult cached(Key key, Supplier<RenderResult> render) {
        synchronized (cache) {
            RenderResult cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        RenderResult result = render.get();
        synchronized (cache) {
            cache.put(key, result);
        }
        return result;
    }

    /**
     * Renders as Argo CD decides: the type the spec names, or else by discovery at the path
     * (Kustomize for a kustomization file, Helm for a {@code Chart.yaml}, else a directory).
     */
    private RenderResult render(ApplicationSource source, FetchedSource fetched, HelmSourceOptions helm) {
        ApplicationSource.Type type = source.type() != ApplicationSource.Type.DETECT ? source.type()
                : switch (SourceTypeDiscovery.discover(fetched.tree(), source.path())) {
                    case KUSTOMIZE -> ApplicationSource.Type.KUSTOMIZE;
                    case HELM -> ApplicationSource.Type.HELM;
                    case DIRECTORY -> ApplicationSource.Type.DIRECTORY;
                };
        if (type == ApplicationSource.Type.KUSTOMIZE) {
            return new KustomizeRenderer(source.kustomize(), kustomizeOptions).render(fetched.tree(), source.path());
        }
        if (type == ApplicationSource.Type.HELM) {
            return HelmFlags.versionProblem(source.helm())
                    .map(problem -> failed(source.path().isEmpty() ? "." : source.path(), problem))
                    .orElseGet(() -> new HelmRenderer(helm, puller).render(fetched.tree(), source.path()));
        }
        ApplicationSource.Directory directory = source.directory();
        DirectoryOptions options = DirectoryOptions.DEFAULT.withRecurse(directory.recurse())
                .withInclude(directory.include()).withExclude(directory.exclude());
        ApplicationSource.Jsonnet jsonnet = directory.jsonnet();
        JsonnetOptions jsonnetOptions = JsonnetOptions.DEFAULT.withLibs(jsonnet.libs())
                .withExtVars(jsonnet.extVars()).withTlas(jsonnet.tlas());
        return new DirectoryRenderer(options, new JsonnetRenderer(jsonnetOptions)).render(fetched.tree(), source.path());
    }

    private static RenderResult failed(String file, String message) {
        return new RenderResult(List.of(), List.of(Issue.error(HelmRenderer.HELM_FAILED, Location.file(file), message)));
    }
}
