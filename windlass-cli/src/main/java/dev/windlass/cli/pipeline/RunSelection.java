package dev.windlass.cli.pipeline;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.model.ParamSpec;
import dev.windlass.pipelines.model.ParamType;
import dev.windlass.pipelines.model.PipelineRun;
import dev.windlass.pipelines.model.TaskRun;
import dev.windlass.pipelines.model.TektonCatalog;
import dev.windlass.pipelines.model.TektonReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the run {@code windlass pipeline run FILE} starts: the file's only PipelineRun or TaskRun,
 * the one named by {@code --run}, or, in a file with no run, a new run of its only Pipeline (else
 * its only Task), as {@code tkn pipeline start} makes one.
 */
final class RunSelection {

    private RunSelection() {
    }

    static Result<KubeObject> choose(List<KubeObject> inFile, TektonCatalog catalog, String wanted, String file) {
        List<KubeObject> runs = inFile.stream().filter(RunSelection::isRun).toList();
        if (wanted != null) {
            return runs.stream().filter(run -> wanted.equals(run.name()) || wanted.equals(run.generateName()))
                    .findFirst().map(Result::of)
                    .orElseGet(() -> failure(file, "no PipelineRun or TaskRun named " + wanted + " in the file; it holds "
                            + names(runs)));
        }
        if (runs.size() == 1) {
            return Result.of(runs.get(0));
        }
        if (runs.size() > 1) {
            return failure(file, "the file holds " + runs.size() + " runs (" + names(runs) + "); choose one with --run NAME");
        }
        List<KubeObject> pipelines = inFile.stream().filter(o -> isTekton(o) && o.kind().equals("Pipeline")).toList();
        if (pipelines.size() == 1) {
            return Result.of(start("PipelineRun", pipelines.get(0), "pipelineRef"));
        }
        List<KubeObject> tasks = inFile.stream().filter(o -> isTekton(o) && o.kind().equals("Task")).toList();
        if (pipelines.isEmpty() && tasks.size() == 1) {
            return Result.of(start("TaskRun", tasks.get(0), "taskRef"));
        }
        return failure(file, "the file holds no PipelineRun or TaskRun, and not exactly one Pipeline or Task to start; "
                + "add a run, or name the file that holds it");
    }

    /** The declared params of what the run runs, by name (empty when it cannot be resolved yet). */
    static Map<String, ParamType> declaredParams(KubeObject run, TektonCatalog catalog) {
        List<ParamSpec> specs = List.of();
        if (run.kind().equals("PipelineRun")) {
            Optional<PipelineRun> read = Optional.ofNullable(TektonReader.pipelineRun(run).value());
            specs = read.flatMap(r -> r.spec().pipelineSpec()
                    .or(() -> r.spec().pipelineRef().flatMap(ref -> catalog.pipeline(run.namespace(), ref.name())
                            .map(p -> p.spec()))))
                    .map(spec -> spec.params()).orElse(List.of());
        } else if (run.kind().equals("TaskRun")) {
            Optional<TaskRun> read = Optional.ofNullable(TektonReader.taskRun(run).value());
            specs = read.flatMap(r -> r.spec().taskSpec()
                    .or(() -> r.spec().taskRef().flatMap(ref -> catalog.task(ref.kind(), run.namespace(), ref.name())
                            .map(t -> t.spec()))))
                    .map(spec -> spec.params()).orElse(List.of());
        }
        Map<String, ParamType> out = new LinkedHashMap<>();
        specs.forEach(p -> out.put(p.name(), p.type()));
        return out;
    }

    static boolean isRun(KubeObject object) {
        return isTekton(object) && (object.kind().equals("PipelineRun") || object.kind().equals("TaskRun"));
    }

    private static boolean isTekton(KubeObject object) {
        return object.apiVersion().startsWith("tekton.dev/");
    }

    private static KubeObject start(String kind, KubeObject target, String refField) {
        MapNode.Builder metadata = MapNode.builder().put("generateName", dev.windlass.model.tree.Node.of(target.name() + "-run-"));
        if (!target.namespace().isEmpty()) {
            metadata.put("namespace", dev.windlass.model.tree.Node.of(target.namespace()));
        }
        MapNode content = MapNode.of("apiVersion", target.apiVersion(), "kind", kind, "metadata", metadata.build(),
                "spec", MapNode.of(refField, MapNode.of("name", target.name())));
        return KubeObject.of(content);
    }

    private static String names(List<KubeObject> runs) {
        return runs.stream().map(r -> r.name().isEmpty() ? r.generateName() + "*" : r.name()).toList().toString();
    }

    private static Result<KubeObject> failure(String file, String message) {
        return Result.of(null, List.of(Issue.error("pipeline.no-run", Location.file(file), message)));
    }

}
