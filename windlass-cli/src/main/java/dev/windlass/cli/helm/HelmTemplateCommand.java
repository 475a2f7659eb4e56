package dev.windlass.cli.helm;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.ReleaseName;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.engine.ClusterLookup;
import dev.windlass.helm.engine.KubeVersion;
import dev.windlass.helm.release.HelmTemplate;
import dev.windlass.helm.release.Rendered;
import dev.windlass.helm.release.TemplateRequest;
import dev.windlass.helm.values.ValueOptions;
import dev.windlass.kube.KubeCluster;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code windlass helm template [NAME] CHART}: prints what {@code helm template} prints, byte for
 * byte, rendering in-process. CHART is a chart directory, a {@code .tgz} archive, {@code repo/name}
 * from the Helm repositories file, a name with {@code --repo URL}, or an {@code oci://} reference.
 * Errors are printed as Helm prints them ({@code Error: …} on stderr) with exit code 1.
 */
@Command(name = "template", sortOptions = false,
        description = {
            "Render a chart locally and print the manifests, as 'helm template' does: same documents, same order, "
                    + "same '# Source:' headers. No helm binary is used, and no cluster unless --dry-run=server (for lookup)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  windlass helm template ./mychart",
            "  windlass helm template web ./mychart -n prod -f values-prod.yaml --set image.tag=1.2.3",
            "  windlass helm template db postgresql --repo https://charts.bitnami.com/bitnami --version '>=12.0.0'",
            "  windlass helm template db oci://registry.example.com/charts/postgresql --version 12.1.0",
            "  windlass helm template ./mychart --show-only templates/deployment.yaml"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the manifests were printed", "1:an error was reported on stderr", "2:unknown option"})
public final class HelmTemplateCommand implements Callable<Integer> {

    // not mixinStandardHelpOptions: --version is Helm's chart version here, as in helm template
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(arity = "0..2", paramLabel = "[NAME] CHART", description = "Release name (optional) and chart.")
    List<String> arguments = new ArrayList<>();

    @Option(names = {"-f", "--values"}, split = ",", paramLabel = "FILE",
            description = "Values file (repeatable, later files win).")
    List<String> valueFiles = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VAL", description = "Set values (a.b=c, a[0]=x, a={x,y}; repeatable).")
    List<String> set = new ArrayList<>();

    @Option(names = "--set-string", paramLabel = "KEY=VAL", description = "Set STRING values (repeatable).")
    List<String> setString = new ArrayList<>();

    @Option(names = "--set-file", paramLabel = "KEY=FILE", description = "Set values from files (repeatable).")
    List<String> setFile = new ArrayList<>();

    @Option(names = "--set-json", paramLabel = "KEY=JSON", description = "Set JSON values (repeatable).")
    List<String> setJson = new ArrayList<>();

    @Option(names = "--set-literal", paramLabel = "KEY=VAL", description = "Set a literal STRING value (repeatable).")
    List<String> setLiteral = new ArrayList<>();

    @Option(names = {"-n", "--namespace"}, defaultValue = "default", description = "Release namespace (default: ${DEFAULT-VALUE}).")
    String namespace;

    @Option(names = "--name-template", paramLabel = "TEMPLATE", description = "Template the release name (Sprig functions).")
    String nameTemplate;

    @Option(names = {"-g", "--generate-name"}, description = "Generate the release name (CHART-UNIXTIME).")
    boolean generateName;

    @Option(names = "--kube-version", paramLabel = "VERSION", description = "Kubernetes version for .Capabilities.")
    String kubeVersion = "";

    @Option(names = {"-a", "--api-versions"}, split = ",", paramLabel = "GROUP/VERSION",
            description = "Extra API versions for .Capabilities.APIVersions (repeatable).")
    List<String> apiVersions = new ArrayList<>();

    @Option(names = "--include-crds", description = "Print the crds/ files too.")
    boolean includeCrds;

    @Option(names = "--skip-crds", description = "Do not install CRDs (with --include-crds: do not print them).")
    boolean skipCrds;

    @Option(names = "--skip-tests", description = "Leave out test hooks.")
    boolean skipTests;

    @Option(names = "--no-hooks", description = "Leave out all hooks.")
    boolean noHooks;

    @Option(names = {"-s", "--show-only"}, paramLabel = "PATH", description = "Only print templates matching PATH (a glob; repeatable).")
    List<String> showOnly = new ArrayList<>();

    @Option(names = "--is-upgrade", description = "Set .Release.IsUpgrade instead of .Release.IsInstall.")
    boolean isUpgrade;

    @Option(names = "--skip-schema-validation", description = "Do not validate values against values.schema.json.")
    boolean skipSchemaValidation;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Write each template's output to DIR/<chart path> instead of stdout.")
    Path outputDir;

    @Option(names = "--dry-run", arity = "0..1", fallbackValue = "client", paramLabel = "client|server",
            description = "client (the default): no cluster is contacted and lookup returns nothing; server: lookup reads"
                    + " the cluster of --kubeconfig/--kube-context.")
    String dryRun = "client";

    @Option(names = "--kubeconfig", paramLabel = "FILE", description = "Kubeconfig for --dry-run=server (default: $KUBECONFIG, ~/.kube/config).")
    Path kubeconfig;

    @Option(names = "--kube-context", paramLabel = "NAME", description = "Kubeconfig context for --dry-run=server.")
    String kubeContext;

    @Mixin
    ChartSourceOptions source = new ChartSourceOptions();

    @Spec
    CommandSpec spec;

    /** Windlass's inherited {@code --debug}, which here also does what Helm's does: print what rendered before an error. */
    private boolean debug() {
        Object value = spec.findOption("--debug") == null ? null : spec.findOption("--debug").getValue();
        return Boolean.TRUE.equals(value);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (arguments.isEmpty()) {
            err.println("Error: \"windlass helm template\" requires at least 1 argument");
            err.println();
            err.println("Usage:  windlass helm template [NAME] [CHART] [flags]");
            err.flush();
            return 1;
        }
        if (!dryRun.equals("client") && !dryRun.equals("server") && !dryRun.equals("none")) {
            err.println("Error: invalid dry-run flag value: " + dryRun + " (use client or server)");
            err.flush();
            return 1;
        }
        Rendered rendered;
        try (KubernetesClient client = dryRun.equals("server") ? KubeCluster.client(kubeconfig, kubeContext) : null) {
            Chart chart = source.locate(chartArgument(), err);
            Map<String, Object> values = valueOptions().merge(HelmTemplateCommand::readUserFile);
            ClusterLookup lookup = client == null ? ClusterLookup.NONE : new LiveLookup(client);
            rendered = HelmTemplate.render(chart, values, request(chart), KubeVersion.DEFAULT, lookup);
        } catch (HelmException e) {
            if (debug() && !e.output().isEmpty()) {
                out.print(e.output());
                out.flush();
            }
            err.println("Error: " + e.getMessage());
            err.flush();
            return 1;
        }
        if (outputDir != null) {
            new OutputDirectory(outputDir, out).write(rendered, includeCrds && !skipCrds, !noHooks);
        } else {
            out.print(rendered.output());
        }
        out.flush();
        return 0;
    }

    private String chartArgument() {
        return arguments.get(arguments.size() - 1);
    }

    private TemplateRequest request(Chart chart) throws HelmException {
        return new TemplateRequest(releaseName(chart), namespace, kubeVersion, apiVersions, isUpgrade, includeCrds,
                skipCrds, skipTests, noHooks, showOnly, skipSchemaValidation, debug());
    }

    /** NAME, else the rendered --name-template, else a generated name, else Helm's {@code release-name}. */
    private String releaseName(Chart chart) throws HelmException {
        if (arguments.size() == 2) {
            return ReleaseName.validate(arguments.get(0));
        }
        if (nameTemplate != null) {
            return ReleaseName.validate(ReleaseName.fromTemplate(nameTemplate));
        }
        if (generateName) {
            return ReleaseName.validate(chart.name() + "-" + System.currentTimeMillis() / 1000);
        }
        return ReleaseName.DEFAULT;
    }

    private ValueOptions valueOptions() {
        return new ValueOptions(valueFiles, setJson, set, setString, setFile, setLiteral);
    }

    /** A values file or a --set-file file, by the path the user gave ({@code -} is stdin for values files). */
    private static byte[] readUserFile(String name) throws HelmException {
        try {
            if (name.equals("-")) {
                return System.in.readAllBytes();
            }
            return Files.readAllBytes(Path.of(name));
        } catch (NoSuchFileException e) {
            throw new HelmException("open " + name + ": no such file or directory");
        } catch (IOException | RuntimeException e) {
            throw new HelmException("open " + name + ": " + e.getMessage());
        }
    }
}
