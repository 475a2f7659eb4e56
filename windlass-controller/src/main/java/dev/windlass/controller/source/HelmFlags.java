package dev.windlass.controller.source;

import dev.windlass.controller.app.ApplicationSourceHelm;
import dev.windlass.render.helm.HelmSourceOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an Application's {@code helm} options into what Argo CD's repo server passes to
 * {@code helm template}: the release name (the {@code releaseName}, else the Application's name), the
 * namespace ({@code namespace}, else the destination's), one {@code --set} / {@code --set-string} /
 * {@code --set-file} per parameter name (a later entry of a name replaces an earlier one, as Argo CD
 * collects them in a map) with commas escaped unless the value is a {@code {a,b}} list, and the
 * inline values ({@code valuesObject} over {@code values}).
 */
final class HelmFlags {

    private HelmFlags() {
    }

    /** The Helm versions Argo CD's {@code NewCmd} accepts. */
    private static final List<String> VERSIONS = List.of("", "v3", "v4");

    /** Argo CD's error for another {@code helm.version}, or empty when the version is one Argo CD runs. */
    static Optional<String> versionProblem(ApplicationSourceHelm helm) {
        if (VERSIONS.contains(helm.version())) {
            return Optional.empty();
        }
        return Optional.of("helm version '" + helm.version() + "' is not supported");
    }

    /** The options for rendering {@code helm} as release {@code appName} into {@code namespace} by default. */
    static HelmSourceOptions options(ApplicationSourceHelm helm, String appName, String namespace) {
        Map<String, String> set = new LinkedHashMap<>();
        Map<String, String> setString = new LinkedHashMap<>();
        for (ApplicationSourceHelm.Parameter parameter : helm.parameters()) {
            (parameter.forceString() ? setString : set).put(parameter.name(), cleanSetParameter(parameter.value()));
        }
        List<HelmSourceOptions.Parameter> parameters = new ArrayList<>();
        set.forEach((name, value) -> parameters.add(new HelmSourceOptions.Parameter(name, value, false)));
        setString.forEach((name, value) -> parameters.add(new HelmSourceOptions.Parameter(name, value, true)));
        Map<String, String> setFile = new LinkedHashMap<>();
        helm.fileParameters().forEach(p -> setFile.put(p.name(), cleanSetParameter(p.path())));
        List<HelmSourceOptions.FileParameter> fileParameters = new ArrayList<>();
        setFile.forEach((name, path) -> fileParameters.add(new HelmSourceOptions.FileParameter(name, path)));
        return new HelmSourceOptions(helm.releaseName().isEmpty() ? appName : helm.releaseName(),
                helm.namespace().isEmpty() ? namespace : helm.namespace(), helm.valueFiles(),
                helm.ignoreMissingValueFiles(), helm.valuesText(), parameters, fileParameters, helm.skipCrds(),
                helm.skipSchemaValidation(), helm.skipTests(), helm.kubeVersion(), helm.apiVersions());
    }

    /**
     * Argo CD's {@code cleanSetParameters}: a value Helm would split at its commas has them escaped
     * ({@code a,b} → {@code a\,b}; an already escaped {@code \,} stays), unless it is a
     * {@code {a,b}} list.
     */
    static String cleanSetParameter(String value) {
        if (value.startsWith("{") && value.endsWith("}")) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 4);
        int previous = -1;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (c == ',' && previous != '\\') {
                out.append("\\,");
            } else {
                out.appendCodePoint(c);
            }
            previous = c;
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
