package dev.windlass.controller.source;

import dev.windlass.controller.app.ApplicationSource;
import dev.windlass.engine.source.FetchedSource;
import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import dev.windlass.render.DirectoryOptions;
import dev.windlass.render.DirectoryRenderer;
import dev.windlass.render.RenderResult;
import dev.windlass.render.jsonnet.JsonnetOptions;
import dev.windlass.render.jsonnet.JsonnetRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders an application's source at a fetched revision into manifests, and remembers the result:
 * rendering is a pure function of the commit, the path and the options, so applications sharing them
 * (and refreshes that find no new commit) do not render again — Argo CD's repo server caches
 * generated manifests the same way.
 */
public final class ManifestGenerator {

    private static final List<String> KUSTOMIZATION_FILES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private record Key(String repoUrl, String revision, String path, ApplicationSource.Directory directory) {
    }

    private final int capacity;
    private final Map<Key, RenderResult> cache;

    /** A generator that keeps the last {@code capacity} renders. */
    public ManifestGenerator(int capacity) {
        this.capacity = capacity;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, RenderResult> eldest) {
                return size() > ManifestGenerator.this.capacity;
            }
        };
    }

    /** The manifests {@code source} names in {@code fetched}; problems are issues with file and line. */
    public RenderResult generate(ApplicationSource source, FetchedSource fetched) {
        Key key = new Key(fetched.repoUrl(), fetched.revision(), source.path(), source.directory());
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

    private static RenderResult render(ApplicationSource source, FetchedSource fetched) {
        for (String name : KUSTOMIZATION_FILES) {
            String file = source.path().isEmpty() ? name : source.path() + "/" + name;
            if (fetched.tree().entry(file).isPresent()) {
                return new RenderResult(List.of(), List.of(Issue.error("UnsupportedSource", Location.file(file),
                        "this path is a Kustomize overlay, which Windlass cannot build yet; point the "
                                + "application at a directory of plain manifests")));
            }
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
