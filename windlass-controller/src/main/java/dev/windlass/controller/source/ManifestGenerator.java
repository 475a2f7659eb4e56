package dev.windlass.controller.source;

import dev.windlass.controller.app.ApplicationSource;
import dev.windlass.engine.source.FetchedSource;
import dev.windlass.kustomize.KustomizeOptions;
import dev.windlass.kustomize.RemoteBases;
import dev.windlass.render.DirectoryOptions;
import dev.windlass.render.DirectoryRenderer;
import dev.windlass.render.RenderResult;
import dev.windlass.render.jsonnet.JsonnetOptions;
import dev.windlass.render.jsonnet.JsonnetRenderer;
import dev.windlass.render.kustomize.KustomizeOverrides;
import dev.windlass.render.kustomize.KustomizeRenderer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders an application's source at a fetched revision into manifests (a directory of manifests
 * with its Jsonnet, or a Kustomize overlay with Argo CD's overrides), and remembers the result:
 * rendering is a pure function of the commit, the path and the options, so applications sharing them
 * (and refreshes that find no new commit) do not render again — Argo CD's repo server caches
 * generated manifests the same way.
 */
public final class ManifestGenerator {

    /** Everything a render depends on: the commit, the path, the type and the options of either type. */
    private record Key(String repoUrl, String revision, String path, ApplicationSource.Type type,
            ApplicationSource.Directory directory, KustomizeOverrides kustomize) {
    }

    private final int capacity;
    private final Map<Key, RenderResult> cache;
    private final KustomizeOptions kustomizeOptions;

    /** A generator that keeps the last {@code capacity} renders and refuses Kustomize remote bases. */
    public ManifestGenerator(int capacity) {
        this(capacity, RemoteBases.NONE);
    }

    /**
     * A generator that keeps the last {@code capacity} renders and fetches Kustomize remote bases
     * ({@code resources: [github.com/org/repo//app?ref=v1]}) through {@code remoteBases}.
     */
    public ManifestGenerator(int capacity, RemoteBases remoteBases) {
        this.capacity = capacity;
        this.kustomizeOptions = KustomizeOptions.defaults().withRemoteBases(remoteBases);
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, RenderResult> eldest) {
                return size() > ManifestGenerator.this.capacity;
            }
        };
    }

    /** The manifests {@code source} names in {@code fetched}; problems are issues with file and line. */
    public RenderResult generate(ApplicationSource source, FetchedSource fetched) {
        Key key = new Key(fetched.repoUrl(), fetched.revision(), source.path(), source.type(), source.directory(),
                source.kustomize());
        synchronized (cache) {
            RenderResult cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        RenderResult result = render(source, fetched);
        synchronized (cache) {
            cache.put(key, result);
        }
        return result;
    }

    /**
     * Renders as Argo CD decides: the type the spec names, or else Kustomize when the path holds a
     * kustomization file and a directory of manifests when it does not.
     */
    private RenderResult render(ApplicationSource source, FetchedSource fetched) {
        boolean kustomize = switch (source.type()) {
            case KUSTOMIZE -> true;
            case DIRECTORY -> false;
            case DETECT -> KustomizeRenderer.isKustomization(fetched.tree(), source.path());
        };
        if (kustomize) {
            return new KustomizeRenderer(source.kustomize(), kustomizeOptions).render(fetched.tree(), source.path());
        }
        ApplicationSource.Directory directory = source.directory();
        DirectoryOptions options = DirectoryOptions.DEFAULT.withRecurse(directory.recurse())
                .withInclude(directory.include()).withExclude(directory.exclude());
        ApplicationSource.Jsonnet jsonnet = directory.jsonnet();
        JsonnetOptions jsonnetOptions = JsonnetOptions.DEFAULT.withLibs(jsonnet.libs())
                .withExtVars(jsonnet.extVars()).withTlas(jsonnet.tlas());
        return new DirectoryRenderer(options, new JsonnetRenderer(jsonnetOptions)).render(fetched.tree(), source.path());
    }
}
