package dev.windlass.pipelines.local;

import dev.windlass.pipelines.model.ParamType;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.ResultSpec;
import dev.windlass.pipelines.model.TaskSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects a TaskRun's results after its steps: each declared result from its file (or from the
 * step result its {@code value} names), typed as declared, checked as Tekton's reconciler checks
 * them, and capped at 1 MiB (there is no 4 KiB termination-message limit on the host).
 */
final class ResultReader {

    static final long MAX_BYTES = 1L << 20;
    static final String TOO_LARGE = "TaskRunResultLargerThanAllowedLimit";
    private static final Pattern STEP_RESULT = Pattern.compile("^\\$\\(steps\\.([^.]+)\\.results\\.([^.)\\[]+)\\)$");

    private ResultReader() {
    }

    /** A result file's value, or null when the step did not write it. */
    static ParamValue read(Path file, ResultSpec spec) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new LocalFailure(TOO_LARGE, "result \"" + spec.name() + "\" is " + Files.size(file)
                    + " bytes, above the local executor's limit of " + MAX_BYTES + " bytes: write a smaller "
                    + "value, or keep large data in a workspace and pass its path");
        }
        return ResultValues.parse(Files.readString(file, StandardCharsets.UTF_8), spec.type());
    }

    /** A step's declared results by name. */
    static Map<String, ParamValue> stepResults(Path resultsDir, List<ResultSpec> specs) throws IOException {
        Map<String, ParamValue> values = new LinkedHashMap<>();
        for (ResultSpec spec : specs) {
            ParamValue value = read(resultsDir.resolve(spec.name()), spec);
            if (value != null) {
                values.put(spec.name(), value);
            }
        }
        return values;
    }

    /** The task's results, checked against their declared types and object properties. */
    static Map<String, ParamValue> taskResults(TaskSpec spec, Path resultsDir,
            Map<String, Map<String, ParamValue>> stepResults) throws IOException {
        Map<String, ParamValue> values = new LinkedHashMap<>();
        for (ResultSpec result : spec.results()) {
            ParamValue value = fromStep(result, stepResults);
            if (value == null) {
                value = read(resultsDir.resolve(result.name()), result);
            }
            if (value != null) {
                values.put(result.name(), value);
            }
        }
        check(spec.results(), values);
        return values;
    }

    private static ParamValue fromStep(ResultSpec result, Map<String, Map<String, ParamValue>> stepResults) {
        if (result.value().isEmpty() || !(result.value().get() instanceof ParamValue.Str text)) {
            return null;
        }
        Matcher matcher = STEP_RESULT.matcher(text.value());
        if (!matcher.matches()) {
            return null;
        }
        return stepResults.getOrDefault(matcher.group(1), Map.of()).get(matcher.group(2));
    }

    private static void check(List<ResultSpec> specs, Map<String, ParamValue> values) {
        List<String> mismatched = new ArrayList<>();
        Map<String, List<String>> missingKeys = new TreeMap<>();
        for (ResultSpec spec : specs) {
            ParamValue value = values.get(spec.name());
            if (value == null) {
                continue;
            }
            if (value.type() != spec.type()) {
                mismatched.add(" \"" + spec.name() + "\": task result is expected to be \"" + spec.type().text()
                        + "\" type but was initialized to a different type \"" + value.type().text() + "\"");
            } else if (value instanceof ParamValue.Obj object) {
                List<String> missing = new ArrayList<>(new java.util.TreeSet<>(spec.properties().keySet()));
                missing.removeAll(object.values().keySet());
                if (!missing.isEmpty()) {
                    missingKeys.put(spec.name(), missing);
                }
            }
        }
        if (!mismatched.isEmpty()) {
            mismatched.sort(null);
            throw new LocalFailure(LocalFailure.VALIDATION, "Provided results don't match declared results; may be "
                    + "invalid JSON or missing result declaration: " + String.join(",", mismatched));
        }
        if (!missingKeys.isEmpty()) {
            StringBuilder map = new StringBuilder("map[");
            missingKeys.forEach((name, keys) -> map.append(map.length() > 4 ? " " : "").append(name).append(':')
                    .append(WorkspaceSetup.goList(keys)));
            throw new LocalFailure(LocalFailure.VALIDATION, "missing keys for these results which are required in "
                    + "TaskResult's properties " + map.append(']'));
        }
    }
}
