package dev.windlass.pipelines.local;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.run.Cancellation;
import dev.windlass.pipelines.run.RunListener;
import dev.windlass.pipelines.run.TaskExecutor;
import dev.windlass.pipelines.run.TaskRunOutcome;
import dev.windlass.pipelines.run.TaskRunRequest;
import dev.windlass.pipelines.subst.TaskContext;
import dev.windlass.pipelines.subst.TaskSubstitution;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a TaskRun's steps as processes on this host: the CLI's default executor. Images are
 * recorded but not pulled or used; each step runs with the host's tools.
 *
 * <p><b>Layout.</b> Each TaskRun gets a directory {@code <workRoot>/<taskRunName>/} (emptied first,
 * so a retry starts clean) holding {@code workspace/<w>} (an emptyDir, or a link to
 * {@code <volumesRoot>/<claim>} for a persistentVolumeClaim, shared by the tasks of a run as a claim
 * is; ConfigMap, Secret and projected workspaces become read-only files; an unbound optional
 * workspace is not created), {@code results/}, {@code steps/step-<name>/results/} (and
 * {@code steps/<index>} linking to it), {@code scripts/}, {@code home/} (the steps' {@code HOME}),
 * {@code creds/} and {@code volumes/<v>} for the task's and the pod template's volumes.
 *
 * <p><b>Paths.</b> Tekton's containers see fixed paths that do not exist on a host, so the literal
 * prefixes {@code /workspace} and {@code /tekton} (alone or followed by {@code /}) in script text,
 * command, args, env values, workingDir and stdoutConfig/stderrConfig paths are rewritten to this
 * run's {@code workspace/} directory and to the run directory ({@code /tekton/results} becomes
 * {@code <run>/results}, {@code /tekton/home} becomes {@code <run>/home}). A workspace's custom
 * {@code mountPath} and a container's {@code volumeMounts} are rewritten the same way, the longest
 * path first. This is what lets Tekton's examples run unchanged.
 *
 * <p><b>Steps.</b> A {@code script} is written to a file and run by its {@code #!} interpreter, or,
 * without one, by the shell after Tekton's preamble {@code #!/bin/sh} and {@code set -e}; args are
 * passed to it. A {@code #!} naming {@code sh} or {@code ash} also runs with the executor's shell
 * (see {@link Builder#shell}), since the images of Tekton's examples have busybox's shell there.
 * {@code command} and {@code args} run directly, without a shell, after Kubernetes' {@code $(VAR)}
 * expansion and the entrypoint's {@code $(steps.<s>.results.<r>)} replacement. Steps run in order
 * in their {@code workingDir} (relative to the workspace directory) or the workspace directory; the
 * {@code stepTemplate} is merged first. A failing step fails the task ({@code StepFailed}) and the
 * later steps are {@code Skipped}, unless it has {@code onError: continue}. Step and task timeouts,
 * cancellation and interrupts kill the step's whole process tree. Sidecars run as background
 * processes while the steps run, after their startup and readiness probes pass.
 *
 * <p><b>Not like a Pod.</b> Nothing is sandboxed: steps see the whole host file system. A workspace
 * isolated to some steps (their own {@code workspaces}) is hidden from the others only by path
 * rewriting, and a read-only claim is only read-only by file permissions (which do not stop root).
 * Credentials of the service account are not initialised.
 */
public final class LocalTaskExecutor implements TaskExecutor {

    /** Applies a TaskRun's params and context to its spec (Tekton's substitution by default). */
    interface SpecSubstitution {
        Result<TaskSpec> apply(TaskSpec spec, List<Param> params, TaskContext context, KubeObject owner,
                FieldPath paramsAt);
    }

    private final Path workRoot;
    private final Path volumesRoot;
    private final Map<String, String> environment;
    private final Path shell;
    private final Clock clock;
    private final SpecSubstitution substitution;
    private final Map<String, String> host;
    private final Set<String> noted = ConcurrentHashMap.newKeySet();

    private LocalTaskExecutor(Builder builder) {
        this.workRoot = Objects.requireNonNull(builder.workRoot, "workRoot");
        this.volumesRoot = builder.volumesRoot != null ? builder.volumesRoot : workRoot.resolve("volumes");
        this.environment = Map.copyOf(builder.environment);
        this.shell = builder.shell;
        this.clock = builder.clock;
        this.substitution = builder.substitution;
        this.host = Map.copyOf(builder.host);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public TaskRunOutcome execute(TaskRunRequest request, RunListener listener, Cancellation cancellation) {
        note(request, listener);
        RunDirectory dir = new RunDirectory(workRoot.resolve(request.taskRunName()));
        StepEnvironment env = new StepEnvironment(request, dir, environment, host);
        return new LocalTaskRun(request, listener, cancellation, clock, dir,
                new LocalTaskRun.Setup(volumesRoot, new StepPlanner(dir, env, shell), substitution)).run();
    }

    private void note(TaskRunRequest request, RunListener listener) {
        String pipelineRun = request.names() == null ? null : request.names().pipelineRunName();
        String key = pipelineRun == null || pipelineRun.isEmpty() ? request.taskRunName() : pipelineRun;
        if (noted.add(key)) {
            listener.note("the local executor ignores step images: the steps of " + key
                    + " run as processes on this host, with the tools installed here");
        }
    }

    /** {@code /bin/bash} when this host has it, else {@code /bin/sh}. */
    public static Path defaultShell() {
        Path bash = Path.of("/bin/bash");
        return java.nio.file.Files.isExecutable(bash) ? bash : Path.of("/bin/sh");
    }

    /** Builds a {@link LocalTaskExecutor}. */
    public static final class Builder {

        private Path workRoot;
        private Path volumesRoot;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Path shell = defaultShell();
        private Clock clock = Clock.systemUTC();
        private SpecSubstitution substitution = TaskSubstitution::apply;
        private Map<String, String> host = System.getenv();

        private Builder() {
        }

        /** Where each TaskRun's directory is made (required). */
        public Builder workRoot(Path workRoot) {
            this.workRoot = workRoot;
            return this;
        }

        /** Where persistentVolumeClaim workspaces live, a directory per claim (default {@code <workRoot>/volumes}). */
        public Builder volumesRoot(Path volumesRoot) {
            this.volumesRoot = volumesRoot;
            return this;
        }

        /** Extra environment variables for every step (they win over the step's own). */
        public Builder environment(Map<String, String> environment) {
            this.environment.putAll(environment);
            return this;
        }

        /**
         * The shell that runs scripts without {@code #!} after Tekton's {@code set -e} preamble (default:
         * {@code /bin/bash} when the host has it, else {@code /bin/sh}). Tekton runs such scripts with
         * the image's {@code /bin/sh}, which in the images its examples use (busybox, alpine) accepts
         * {@code [[ ]]} and {@code ==}; a host's {@code /bin/sh} is often dash, which does not.
         */
        public Builder shell(Path shell) {
            this.shell = shell;
            return this;
        }

        /** The clock for start and finish times. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        Builder substitution(SpecSubstitution substitution) {
            this.substitution = substitution;
            return this;
        }

        Builder hostEnvironment(Map<String, String> host) {
            this.host = host;
            return this;
        }

        public LocalTaskExecutor build() {
            return new LocalTaskExecutor(this);
        }
    }
}
