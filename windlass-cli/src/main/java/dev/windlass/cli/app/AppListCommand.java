package dev.windlass.cli.app;

import dev.windlass.controller.api.ApplicationOperations;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.Node;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code windlass app list}: every application, as {@code argocd app list}. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List applications: NAME CLUSTER NAMESPACE PROJECT STATUS HEALTH SYNCPOLICY CONDITIONS REPO PATH TARGET.",
        footerHeading = "%nExamples:%n",
        footer = {"  windlass app list", "  windlass app list -o name", "  windlass app list -N team-a -o yaml"})
final class AppListCommand extends AppSubcommand {

    /** {@code -o} of {@code app list}. */
    enum Format { wide, name, json, yaml }

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "wide",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format output;

    @Option(names = {"-N", "--app-namespace"}, paramLabel = "NAMESPACE",
            description = "Only list applications in this namespace.")
    String appNamespace;

    @Override
    int run(ApplicationOperations operations, PrintWriter out) {
        List<KubeObject> apps = operations.list().stream()
                .filter(a -> appNamespace == null || a.namespace().equals(appNamespace)).toList();
        List<ApplicationView> views = apps.stream().map(ApplicationView::of).toList();
        Node items = new ListNode(apps.stream().<Node>map(KubeObject::content).toList());
        switch (output) {
            case wide -> out.print(AppPrinter.applicationTable(views));
            case name -> views.forEach(v -> out.println(v.qualifiedName()));
            case json -> out.print(Documents.json(items));
            case yaml -> out.print(Documents.yaml(items));
        }
        return AppCommand.OK;
    }
}
