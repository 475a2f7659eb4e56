package dev.windlass.cli.trigger;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.snapshot.LocalSnapshot;
import dev.windlass.pipelines.run.ObjectLookup;
import dev.windlass.render.DirectoryOptions;
import dev.windlass.render.DirectoryRenderer;
import dev.windlass.render.RenderResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code -f} files and directories (YAML or JSON, directories recursively) into objects. */
final class TriggerFiles {

    /** The objects read and the problems found. */
    record Loaded(List<KubeObject> objects, List<Issue> issues) {
        Loaded {
            objects = List.copyOf(objects);
            issues = List.copyOf(issues);
        }

        /** Secrets and ConfigMaps among the objects; an object without a namespace is in {@code default}. */
        ObjectLookup lookup() {
            return (kind, namespace, name) -> objects.stream().filter(o -> o.kind().equals(kind) && o.name().equals(name)
                    && (o.namespace().isEmpty() ? "default" : o.namespace()).equals(namespace)).findFirst();
        }
    }

    private TriggerFiles() {
    }

    static Loaded read(List<String> paths) {
        List<KubeObject> objects = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        DirectoryRenderer renderer = new DirectoryRenderer(DirectoryOptions.DEFAULT.withRecurse(true));
        for (String path : paths) {
            RenderResult result = readOne(renderer, path);
            objects.addAll(result.objects());
            issues.addAll(result.issues());
        }
        return new Loaded(objects, issues);
    }

    private static RenderResult readOne(DirectoryRenderer renderer, String path) {
        try {
            Path local = Path.of(path);
            if (Files.isDirectory(local)) {
                return renderer.render(LocalSnapshot.of(local), "");
            }
            if (Files.isRegularFile(local)) {
                Path real = local.toRealPath();
                return renderer.render(LocalSnapshot.of(real.getParent()), real.getFileName().toString());
            }
        } catch (InvalidPathException | IOException e) {
            return failed(path, "cannot read -f " + path + ": " + e.getMessage());
        }
        return failed(path, "-f " + path + " does not exist; give a file or directory with the EventListener, "
                + "its TriggerBindings and TriggerTemplates, and the Secrets its interceptors use");
    }

    private static RenderResult failed(String path, String message) {
        return new RenderResult(List.of(), List.of(Issue.error("TriggerPathNotFound", Location.file(path), message)));
    }
}
