package dev.windlass.cli.pipeline;

import dev.windlass.cli.StandardInput;
import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.pipelines.model.TektonCatalog;
import dev.windlass.pipelines.run.RunState;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code windlass pipeline run FILE}: runs the PipelineRun or TaskRun in FILE to its end, on this
 * machine (host processes, the default) or on a cluster, streaming its logs, and prints one summary
 * line. Exit code 0 only when the run succeeded.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the PipelineRun or TaskRun in FILE, with the Tasks and Pipelines it references from FILE "
                + "and the -f files, streaming each step's log, and print the outcome. Without a run in FILE, "
                + "its only Pipeline (or Task) is started, as tkn pipeline start does. Steps run as processes on this "
                + "machine (--local, the default: images are ignored) or as Pods on a cluster (--cluster). "
                + "Running a run of the same name again resumes it where it stopped."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  windlass pipeline run run.yaml -f tasks/                  run the PipelineRun in run.yaml",
            "  windlass pipeline run pipeline.yaml -p git-url=https://github.com/org/app -w source=./src",
            "  windlass pipeline run run.yaml --repo-map https://github.com/org/gitops=/srv/gitops.git"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run succeeded", "1:the run failed, was cancelled or timed out, or its input is invalid",
            "2:usage error"})
public final class PipelineRunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The file (or directory, or - for standard input) "
            + "holding the PipelineRun or TaskRun, or the Pipeline or Task to start.")
    String file;

    @Option(names = {"-f", "--filename"}, paramLabel = "PATH",
            description = "More files or directories with the Tasks, Pipelines, StepActions, ConfigMaps and Secrets "
                    + "the run references (repeatable).")
    List<String> more = new ArrayList<>();

    @Option(names = "--run", paramLabel = "NAME", description = "Which run of FILE to start when it holds several.")
    String runName;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Set a param, replacing the run's value (repeatable). Arrays: a,b,c; objects: k1:v1, k2:v2.")
    List<String> params = new ArrayList<>();

    @Option(names = {"-w", "--workspace"}, paramLabel = "NAME=DIR",
            description = "Bind a workspace to a directory of this machine (repeatable; --local only).")
    List<String> workspaces = new ArrayList<>();

    @ArgGroup(exclusive = true)
    Where where = new Where();

    @Option(names = "--repo-map", paramLabel = "URL=PATH",
            description = "Make the steps' git reach URL at the local repository PATH, for clone and push (repeatable).")
    List<String> repoMap = new ArrayList<>();

    @Option(names = "--kubeconfig", paramLabel = "FILE", description = "With --cluster: the kubeconfig (default: $KUBECONFIG or ~/.kube/config).")
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", description = "With --cluster: the kubeconfig context.")
    String context;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "20",
            description = "Keep the last N finished runs of each pipeline in the run store (default: ${DEFAULT-VALUE}).")
    int keep;

    @Option(names = {"-q", "--quiet"}, description = "Do not stream step logs; print only task transitions and the outcome.")
    boolean quiet;

    @Option(names = "--home", paramLabel = "DIR",
            description = "Windlass's own files; runs are kept in DIR/pipelines (default: $WINDLASS_HOME or ~/.windlass).")
    Path home;

    @Spec
    CommandSpec spec;

    /** Where the steps run. */
    static final class Where {
        @Option(names = "--local", description = "Run steps as processes on this machine (the default).")
        boolean local;

        @Option(names = "--cluster", description = "Run each TaskRun as a Pod on the cluster of --kubeconfig/--context.")
        boolean cluster;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Inputs inputs = inputs();
            List<KubeObject> objects = objects();
            Result<TektonCatalog> catalog = TektonCatalog.of(objects);
            stopOnErrors(err, catalog.issues());
            KubeObject run = chosenRun(objects, catalog.value(), inputs);
            return execute(run, catalog.value(), inputs);
        } catch (Stop stop) {
            if (!stop.getMessage().isEmpty()) {
                err.println("windlass pipeline run: " + stop.getMessage());
            }
            err.flush();
            return stop.code;
        }
    }

    /** The options that need parsing: params, host workspaces and repository redirects. */
    private record Inputs(Map<String, String> params, Map<String, String> workspaceDirs,
            Map<String, Path> repositories) {
    }

    private Inputs inputs() throws Stop {
        try {
            Inputs inputs = new Inputs(RunOverrides.pairs(params, "--param"), RunOverrides.pairs(workspaces, "--workspace"),
                    RunOverrides.repositories(repoMap));
            if (where.cluster && !inputs.workspaceDirs().isEmpty()) {
                throw new Stop(2, "--workspace binds host directories and works with --local only");
            }
            return inputs;
        } catch (IllegalArgumentException e) {
            throw new Stop(2, e.getMessage());
        }
    }

    private List<KubeObject> objects() throws Stop {
        List<String> paths = new ArrayList<>();
        paths.add(file);
        paths.addAll(more);
        try {
            return PipelineFiles.read(paths, ((StandardInput) spec.root().userObject()).stdin());
        } catch (PipelineInputException e) {
            throw new Stop(1, e.getMessage());
        }
    }

    private KubeObject chosenRun(List<KubeObject> objects, TektonCatalog catalog, Inputs inputs) throws Stop {
        List<KubeObject> inFile = objects.stream().filter(o -> sameFile(o, file)).toList();
        Result<KubeObject> chosen = RunSelection.choose(inFile, catalog, runName, file);
        stopOnErrors(spec.commandLine().getErr(), chosen.issues());
        try {
            KubeObject run = RunOverrides.params(chosen.value(), inputs.params(),
                    RunSelection.declaredParams(chosen.value(), catalog));
            return RunOverrides.workspaces(run, hostClaims(inputs.workspaceDirs()));
        } catch (IllegalArgumentException e) {
            throw new Stop(2, e.getMessage());
        }
    }

    private int execute(KubeObject run, TektonCatalog catalog, Inputs inputs) throws Stop {
        PrintWriter out = spec.commandLine().getOut();
        RunPrinter printer = new RunPrinter(out, Clock.systemUTC());
        try (LocalRuns runs = LocalRuns.builder(PipelineHome.of(home)).catalog(catalog)
                .environment(GitRedirects.environment(inputs.repositories()))
                .hostDirectories(hostDirectories(inputs.workspaceDirs()))
                .keep(keep)
                .cluster(where.cluster, kubeconfig, context)
                .build()) {
            RunState done = runs.run(run, quiet ? Listeners.withoutLogs(printer) : printer);
            out.println(RunSummary.line(done, Clock.systemUTC().instant()));
            out.flush();
            return done.condition().isSucceeded() ? 0 : 1;
        } catch (LocalRuns.SetupException e) {
            throw new Stop(1, e.getMessage());
        }
    }

    /** Ends the command with an exit code; the message (empty when already printed) goes to standard error. */
    private static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;
        private final int code;

        Stop(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    private static void stopOnErrors(PrintWriter err, List<Issue> issues) throws Stop {
        if (report(err, issues)) {
            throw new Stop(1, "");
        }
    }

    private static boolean sameFile(KubeObject object, String typed) {
        String name = object.origin().map(o -> o.file()).orElse("");
        return typed.equals(PipelineFiles.STDIN) ? name.equals("<stdin>") : name.equals(typed)
                || name.startsWith(typed.replaceAll("/+$", "") + "/");
    }

    private static Map<String, String> hostClaims(Map<String, String> workspaceDirs) {
        Map<String, String> claims = new LinkedHashMap<>();
        workspaceDirs.forEach((name, dir) -> claims.put(name, RunOverrides.hostClaim(Path.of(dir))));
        return claims;
    }

    private static Map<String, Path> hostDirectories(Map<String, String> workspaceDirs) {
        Map<String, Path> dirs = new LinkedHashMap<>();
        workspaceDirs.forEach((name, dir) -> dirs.put(RunOverrides.hostClaim(Path.of(dir)),
                Path.of(dir).toAbsolutePath().normalize()));
        return dirs;
    }


    static boolean report(PrintWriter err, List<Issue> issues) {
        boolean failed = false;
        for (Issue issue : issues) {
            err.println(issue.format());
            failed |= issue.isError();
        }
        err.flush();
        return failed;
    }

}
