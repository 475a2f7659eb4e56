package dev.windlass.pipelines.pod;

import java.util.List;

/**
 * The small shell programs the Pod runs besides the user's steps. Only names the builder chose
 * or quoted go into them; user text (scripts) travels in environment variables, base64-encoded
 * so that Kubernetes' {@code $(VAR)} expansion of env values cannot alter it.
 */
final class ShellScripts {

    private ShellScripts() {
    }

    /** One script to place: its file under {@link PodLayout#SCRIPTS_DIR} and the env var holding it. */
    record Placed(String file, String variable, String text) {
    }

    /**
     * {@code place-scripts}: makes each step's results directory and, as Tekton's working-dir
     * initializer does, each relative or {@code /workspace/...} working directory; decodes and marks
     * each script executable.
     */
    static String placeScripts(List<String> stepContainers, List<String> workingDirs, List<Placed> scripts) {
        StringBuilder sh = new StringBuilder("set -e\n");
        for (String dir : workingDirs) {
            sh.append("mkdir -p ").append(quote(dir)).append('\n');
        }
        for (String step : stepContainers) {
            sh.append("mkdir -p ").append(quote(PodLayout.STEPS_DIR + "/" + step + "/results")).append('\n');
        }
        for (Placed script : scripts) {
            String path = quote(PodLayout.SCRIPTS_DIR + "/" + script.file());
            sh.append("printf '%s' \"$").append(script.variable()).append("\" | base64 -d > ").append(path)
                    .append('\n').append("chmod +x ").append(path).append('\n');
        }
        return sh.toString();
    }

    /**
     * The wrapper of an {@code onError: continue} step: runs the step's command, records its exit
     * code in {@code /tekton/steps/<container>/exitCode} and always exits 0.
     */
    static String continueWrapper(String stepContainer) {
        String dir = PodLayout.STEPS_DIR + "/" + stepContainer;
        return "\"$@\"\ncode=$?\nmkdir -p " + quote(dir) + "\nprintf '%s' \"$code\" > " + quote(dir + "/exitCode")
                + "\nexit 0\n";
    }

    /**
     * {@code report}: writes one line per recorded exit code ({@code exit <container> <code>}) and
     * per result file ({@code result <name> <base64 of the content>}) to the termination message.
     */
    static String report() {
        return "{\n"
                + "for d in " + PodLayout.STEPS_DIR + "/step-*; do\n"
                + "  if [ -f \"$d/exitCode\" ]; then printf 'exit %s %s\\n' \"${d##*/}\" \"$(cat \"$d/exitCode\")\"; fi\n"
                + "done\n"
                + "for f in " + PodLayout.RESULTS_DIR + "/*; do\n"
                + "  if [ -f \"$f\" ]; then printf 'result %s %s\\n' \"${f##*/}\" \"$(base64 < \"$f\" | tr -d '\\n')\"; fi\n"
                + "done\n"
                + "} > /dev/termination-log\n";
    }

    /** {@code text} as one single-quoted shell word. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
