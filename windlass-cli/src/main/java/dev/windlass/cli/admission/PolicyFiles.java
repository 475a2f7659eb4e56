package dev.windlass.cli.admission;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.snapshot.LocalSnapshot;
import dev.windlass.render.DirectoryOptions;
import dev.windlass.render.DirectoryRenderer;
import dev.windlass.render.RenderResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the policy objects of {@code --policy} paths: YAML and JSON manifests in a file or, recursively,
 * a directory. Every object is returned; {@code PolicySet.of} keeps the templates, constraints and Config.
 */
final class PolicyFiles {

    /** The objects read and the problems found, errors among them naming the file. */
    record Loaded(List<KubeObject> objects, List<Issue> issues) {
        Loaded {
            objects = List.copyOf(objects);
            issues = List.copyOf(issues);
        }

        boolean hasErrors() {
            return issues.stream().anyMatch(Issue::isError);
        }
    }

    private PolicyFiles() {
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
            return failed(path, "cannot read --policy " + path + ": " + e.getMessage());
        }
        return failed(path, "--policy " + path + " does not exist; give a file or directory of ConstraintTemplates, "
                + "constraints and a Gatekeeper Config");
    }

    private static RenderResult failed(String path, String message) {
        return new RenderResult(List.of(), List.of(Issue.error("PolicyPathNotFound", Location.file(path), message)));
    }
}
