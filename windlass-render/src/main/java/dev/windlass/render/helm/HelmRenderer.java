package dev.windlass.render.helm;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.chart.ChartDependency;
import dev.windlass.helm.chart.ChartLoader;
import dev.windlass.helm.chart.DependencyBuild;
import dev.windlass.helm.release.HelmTemplate;
import dev.windlass.helm.release.Rendered;
import dev.windlass.helm.release.RenderedManifest;
import dev.windlass.helm.release.TemplateRequest;
import dev.windlass.helm.values.ValueOptions;
import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotPaths;
import dev.windlass.render.ManifestDocuments;
import dev.windlass.render.RenderResult;
import dev.windlass.render.Renderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a Helm chart as Argo CD's Helm source does ({@code helm template} with the
 * Application's options, see {@link HelmSourceOptions}), in-process: a chart directory of a Git
 * snapshot, or a chart archive pulled from a Helm repository. Hooks stay in the output with their
 * {@code helm.sh/hook} annotations; the sync engine maps them to Argo CD's phases.
 */
public final class HelmRenderer implements Renderer {

    /** The issue code of a chart that does not load or render, or values that are wrong. */
    public static final String HELM_FAILED = "HelmTemplateFailed";

    private static final String INLINE_VALUES = "\u0000inline-values";

    private final HelmSourceOptions options;
    private final ChartPuller puller;

    /** A renderer that fetches no dependencies from repositories ({@code file://} ones are read from the snapshot). */
    public HelmRenderer(HelmSourceOptions options) {
        this(options, ChartPuller.NONE);
    }

    /**
     * A renderer that runs {@code helm dependency build} as Argo CD does: dependencies Chart.yaml lists
     * but {@code charts/} lacks are pulled through {@code puller} ({@code file://} ones read from the snapshot).
     */
    public HelmRenderer(HelmSourceOptions options, ChartPuller puller) {
        this.options = Objects.requireNonNull(options, "options");
        this.puller = Objects.requireNonNull(puller, "puller");
    }

    /** Whether directory {@code path} of {@code snapshot} is a chart (holds a {@code Chart.yaml}). */
    public static boolean isChart(Snapshot snapshot, String path) {
        return SnapshotPaths.isValid(path) && snapshot.entry(SnapshotPaths.join(path, "Chart.yaml"))
                .filter(e -> !e.isDirectory()).isPresent();
    }

    @Override
    public RenderResult render(Snapshot snapshot, String path) {
        Result<String> directory = SnapshotPaths.normalize(path);
        if (directory.hasErrors()) {
            return new RenderResult(List.of(), directory.issues());
        }
        String chartDir = directory.value();
        Location at = Location.file(SnapshotPaths.join(chartDir, "Chart.yaml"));
        try {
            Chart chart = DependencyBuild.complete(ChartLoader.load(snapshot, chartDir),
                    (dependency, version) -> fetch(snapshot, chartDir, dependency, version));
            return render(chart, new SnapshotValueFiles(snapshot, chartDir, options.ignoreMissingValueFiles()), chartDir, at);
        } catch (HelmException e) {
            return failed(at, e);
        }
    }

    /** Renders a chart archive pulled from a repository; value files are read from inside the chart. */
    public RenderResult renderArchive(byte[] archive, String chartReference) {
        Location at = Location.file(chartReference);
        try {
            Chart chart = ChartLoader.loadArchive(archive, chartReference);
            return render(chart, new ChartValueFiles(chart, options.ignoreMissingValueFiles()), "", at);
        } catch (HelmException e) {
            return failed(at, e);
        }
    }

    /** One missing dependency: a {@code file://} chart of the repository, or a chart pulled from its repository. */
    private Chart fetch(Snapshot snapshot, String chartDir, ChartDependency dependency, String version)
            throws HelmException {
        String repository = dependency.repository();
        if (repository.startsWith("file://")) {
            Result<String> dir = SnapshotPaths.normalize(SnapshotPaths.join(chartDir, repository.substring("file://".length())));
            if (dir.hasErrors()) {
                throw new HelmException("dependency " + dependency.name() + ": " + repository + " leaves the repository");
            }
            return ChartLoader.load(snapshot, dir.value());
        }
        if (!repository.startsWith("https://") && !repository.startsWith("http://") && !repository.startsWith("oci://")) {
            throw new HelmException("dependency " + dependency.name() + " names repository '" + repository
                    + "', which only a local Helm configuration knows; use its URL in Chart.yaml or vendor charts/");
        }
        return ChartLoader.loadArchive(puller.pull(repository, dependency.name(), version, false),
                repository + "/" + dependency.name());
    }

    private RenderResult render(Chart chart, ValueFiles files, String chartDir, Location at) throws HelmException {
        Map<String, Object> values = valueOptions(files).merge(name -> name.equals(INLINE_VALUES)
                ? options.values().getBytes(StandardCharsets.UTF_8) : files.read(name));
        Rendered rendered = HelmTemplate.render(chart, values, request());
        List<RenderedManifest> all = new ArrayList<>();
        if (!options.skipCrds()) {
            all.addAll(rendered.crds());
        }
        all.addAll(rendered.manifests());
        all.addAll(rendered.hooks());
        List<KubeObject> objects = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (RenderedManifest manifest : all) {
            RenderResult read = ManifestDocuments.read(sourceFile(chartDir, chart.name(), manifest.source()), manifest.text());
            objects.addAll(read.objects());
            issues.addAll(read.issues());
        }
        boolean failed = issues.stream().anyMatch(Issue::isError);
        return new RenderResult(failed ? List.of() : objects, issues);
    }

    private ValueOptions valueOptions(ValueFiles files) throws HelmException {
        List<String> valueFiles = new ArrayList<>(files.present(options.valueFiles()));
        if (!options.values().isBlank()) {
            valueFiles.add(INLINE_VALUES);
        }
        List<String> set = new ArrayList<>();
        List<String> setString = new ArrayList<>();
        for (HelmSourceOptions.Parameter parameter : options.parameters()) {
            (parameter.forceString() ? setString : set).add(parameter.name() + "=" + parameter.value());
        }
        List<String> setFile = options.fileParameters().stream().map(p -> p.name() + "=" + p.path()).toList();
        return new ValueOptions(valueFiles, List.of(), set, setString, setFile, List.of());
    }

    private TemplateRequest request() {
        return new TemplateRequest(options.releaseName(), options.namespace(), options.kubeVersion(),
                options.apiVersions(), false, !options.skipCrds(), options.skipCrds(), options.skipTests(), false,
                List.of(), options.skipSchemaValidation(), false);
    }

    /** The repository path of a rendered template ({@code chart/templates/x.yaml} → {@code <dir>/templates/x.yaml}). */
    private static String sourceFile(String chartDir, String chartName, String source) {
        String inChart = source.startsWith(chartName + "/") ? source.substring(chartName.length() + 1) : source;
        return chartDir.isEmpty() ? inChart : SnapshotPaths.join(chartDir, inChart);
    }

    private static RenderResult failed(Location at, HelmException e) {
        return new RenderResult(List.of(), List.of(Issue.error(HELM_FAILED, at, "helm template: " + e.getMessage())));
    }
}
