package dev.windlass.cli.app;

import dev.windlass.controller.api.ApplicationOperations;
import dev.windlass.controller.api.OperationException;
import dev.windlass.controller.api.OperationException.Reason;
import dev.windlass.controller.api.ResourceDifference;
import dev.windlass.controller.api.SyncRequest;
import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The applications of {@code app-golden/fixtures}, behaving as Argo CD's API server would: bare names
 * are in {@code argocd}; sync is refused while an operation runs; rollback is refused with automated
 * sync on or for an unknown history id. Every call is recorded.
 */
final class FixtureApplications implements ApplicationOperations {

    static final Path FIXTURES = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "app-golden", "fixtures");

    private final Map<String, KubeObject> apps = new LinkedHashMap<>();
    private final Map<String, List<ResourceDifference>> diffs = new LinkedHashMap<>();
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    static FixtureApplications load() throws IOException {
        FixtureApplications fake = new FixtureApplications();
        for (Node doc : read("applications.yaml")) {
            KubeObject app = KubeObject.of((MapNode) doc);
            fake.apps.put(app.namespace() + "/" + app.name(), app);
        }
        MapNode diffs = (MapNode) read("diffs.yaml").get(0);
        for (String app : diffs.keys()) {
            List<ResourceDifference> list = new ArrayList<>();
            for (MapNode d : ApplicationView.maps(diffs.getList(app).orElseThrow())) {
                list.add(new ResourceDifference(t(d, "group"), t(d, "kind"), t(d, "namespace"), t(d, "name"),
                        t(d, "liveYaml"), t(d, "targetYaml"), t(d, "diff")));
            }
            fake.diffs.put(app, list);
        }
        return fake;
    }

    private static List<Node> read(String file) throws IOException {
        ParsedStream stream = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES)
                .read(file, Files.readString(FIXTURES.resolve(file)));
        if (stream.hasErrors()) {
            throw new IllegalStateException(stream.issues().toString());
        }
        return stream.documents().stream().map(ParsedDocument::content).toList();
    }

    private static String t(MapNode map, String key) {
        return map.getText(key).orElse("");
    }

    private static String key(String name) {
        return name.contains("/") ? name : "argocd/" + name;
    }

    private KubeObject found(String name) throws OperationException {
        KubeObject app = apps.get(key(name));
        if (app == null) {
            throw new OperationException(Reason.NOT_FOUND, "applications.argoproj.io \"" + name + "\" not found");
        }
        return app;
    }

    @Override
    public List<KubeObject> list() {
        calls.add("list");
        return List.copyOf(apps.values());
    }

    @Override
    public Optional<KubeObject> get(String name) {
        calls.add("get " + name);
        return Optional.ofNullable(apps.get(key(name)));
    }

    @Override
    public List<ResourceDifference> diff(String name) throws OperationException {
        calls.add("diff " + name);
        found(name);
        return diffs.getOrDefault(key(name), List.of());
    }

    @Override
    public KubeObject sync(String name, SyncRequest request) throws OperationException {
        calls.add("sync " + name + " " + request);
        KubeObject app = found(name);
        if (app.content().containsKey("operation")) {
            throw new OperationException(Reason.CONFLICT, "another operation is already in progress");
        }
        return app;
    }

    @Override
    public KubeObject refresh(String name) throws OperationException {
        calls.add("refresh " + name);
        return found(name);
    }

    @Override
    public KubeObject rollback(String name, long id) throws OperationException {
        calls.add("rollback " + name + " " + id);
        KubeObject app = found(name);
        ApplicationView view = ApplicationView.of(app);
        if (view.automated()) {
            throw new OperationException(Reason.CONFLICT, "rollback cannot be initiated when auto-sync is enabled");
        }
        if (view.history().stream().noneMatch(h -> ApplicationView.text(h, "id").equals(Long.toString(id)))) {
            throw new OperationException(Reason.INVALID, "application '" + name + "' does not have deployment id '"
                    + id + "' in history");
        }
        return app;
    }

    @Override
    public void delete(String name, boolean cascade) throws OperationException {
        calls.add("delete " + name + " cascade=" + cascade);
        found(name);
        apps.remove(key(name));
    }
}
