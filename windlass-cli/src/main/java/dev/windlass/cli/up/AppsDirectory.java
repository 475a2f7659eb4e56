package dev.windlass.cli.up;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.snapshot.LocalSnapshot;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.render.DirectoryOptions;
import dev.windlass.render.DirectoryRenderer;
import dev.windlass.render.RenderResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A directory given to {@code windlass up --apps}: the Argo CD Applications and AppProjects in its
 * manifest files, and an optional {@code repositories.yaml} naming local directories that stand for
 * repository URLs. Other kinds are reported and left out.
 */
record AppsDirectory(Path directory, List<KubeObject> objects, List<LocalRepository> repositories, List<Issue> issues) {

    /** The file that lists local repositories. */
    static final String REPOSITORIES = "repositories.yaml";

    /** A directory that becomes a Git repository standing for {@code url}. */
    record LocalRepository(String url, Path directory) {
    }

    static AppsDirectory load(Path directory) throws IOException {
        List<Issue> issues = new ArrayList<>();
        RenderResult rendered = new DirectoryRenderer(DirectoryOptions.DEFAULT.withExclude(REPOSITORIES))
                .render(LocalSnapshot.of(directory), "");
        issues.addAll(rendered.issues());
        List<KubeObject> objects = new ArrayList<>();
        for (KubeObject object : rendered.objects()) {
            boolean argo = object.groupKind().group().equals("argoproj.io")
                    && (object.kind().equals("Application") || object.kind().equals("AppProject"));
            if (argo) {
                objects.add(object);
            } else {
                issues.add(Issue.warning("UnsupportedKind", object.locate(dev.windlass.model.tree.FieldPath.of("kind")),
                        object.apiVersion() + " " + object.kind() + " is not loaded: --apps takes Applications and "
                                + "AppProjects (apply other objects with kubectl)"));
            }
        }
        return new AppsDirectory(directory, objects, repositories(directory, issues), issues);
    }

    private static List<LocalRepository> repositories(Path directory, List<Issue> issues) throws IOException {
        Path file = directory.resolve(REPOSITORIES);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        ParsedStream stream = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES)
                .read(file.toString(), Files.readString(file));
        issues.addAll(stream.issues());
        List<LocalRepository> repositories = new ArrayList<>();
        if (stream.documents().isEmpty() || !(stream.documents().get(0).content() instanceof MapNode root)) {
            return repositories;
        }
        for (Node item : root.getList("repositories").map(ListNode::items).orElse(List.of())) {
            if (item instanceof MapNode entry && entry.getText("url").isPresent() && entry.getText("directory").isPresent()) {
                repositories.add(new LocalRepository(entry.getText("url").get(),
                        directory.resolve(entry.getText("directory").get()).normalize()));
            } else {
                issues.add(Issue.error("InvalidRepository", dev.windlass.model.Location.file(file.toString()),
                        "each entry of 'repositories' needs url and directory"));
            }
        }
        return repositories;
    }
}
