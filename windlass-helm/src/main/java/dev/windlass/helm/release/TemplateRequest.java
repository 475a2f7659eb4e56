package dev.windlass.helm.release;

import java.util.List;
import java.util.Objects;

/**
 * What {@code helm template} is asked to do, flag by flag.
 *
 * @param releaseName   the release name ({@code release-name} when none is given, or from {@code --name-template})
 * @param namespace     {@code -n/--namespace} ({@code default} when none)
 * @param kubeVersion   {@code --kube-version}, or empty for Helm's default
 * @param apiVersions   {@code -a/--api-versions}, added to the built-in API versions
 * @param isUpgrade     {@code --is-upgrade}: {@code .Release.IsUpgrade} true and IsInstall false
 * @param includeCrds   {@code --include-crds}: print the {@code crds/} files first
 * @param skipCrds      {@code --skip-crds}
 * @param skipTests     {@code --skip-tests}: drop {@code test} hooks
 * @param noHooks       {@code --no-hooks}: drop all hooks
 * @param showOnly      {@code -s/--show-only} template paths or globs (empty: everything)
 * @param skipSchemaValidation {@code --skip-schema-validation}
 * @param debug         {@code --debug}: print what rendered even when a manifest is invalid YAML
 */
public record TemplateRequest(String releaseName, String namespace, String kubeVersion, List<String> apiVersions,
        boolean isUpgrade, boolean includeCrds, boolean skipCrds, boolean skipTests, boolean noHooks,
        List<String> showOnly, boolean skipSchemaValidation, boolean debug) {

    public TemplateRequest {
        Objects.requireNonNull(releaseName, "releaseName");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(kubeVersion, "kubeVersion");
        apiVersions = List.copyOf(apiVersions);
        showOnly = List.copyOf(showOnly);
    }

    /** {@code helm template CHART} with no flags. */
    public static TemplateRequest defaults() {
        return new TemplateRequest("release-name", "default", "", List.of(), false, false, false, false, false,
                List.of(), false, false);
    }
}
