package dev.windlass.render.helm;

import java.util.List;
import java.util.Objects;

/**
 * How an Argo CD Helm source renders ({@code spec.source.helm}, plus what the Application decides):
 * Argo CD runs {@code helm template} with {@code --name-template}, {@code --namespace},
 * {@code -f} per value file, the inline values as one more values file, {@code --set} /
 * {@code --set-string} / {@code --set-file} per parameter, and {@code --include-crds} unless CRDs
 * are skipped. So the precedence is: parameters over inline values over value files over the
 * chart's {@code values.yaml}.
 *
 * @param releaseName            {@code helm.releaseName}, else the Application's name
 * @param namespace              {@code helm.namespace}, else the destination namespace
 * @param valueFiles             {@code helm.valueFiles}, relative to the chart's directory
 * @param ignoreMissingValueFiles {@code helm.ignoreMissingValueFiles}
 * @param values                 {@code helm.valuesObject} as YAML when set, else {@code helm.values}; empty for none
 * @param parameters             {@code helm.parameters}
 * @param fileParameters         {@code helm.fileParameters}
 * @param skipCrds               {@code helm.skipCrds}: leave out the chart's {@code crds/}
 * @param skipSchemaValidation   {@code helm.skipSchemaValidation}
 * @param skipTests              {@code helm.skipTests}: leave out test hooks
 * @param kubeVersion            {@code helm.kubeVersion}, else the destination cluster's version; empty for Helm's default
 * @param apiVersions            {@code helm.apiVersions}, else the destination cluster's
 */
public record HelmSourceOptions(String releaseName, String namespace, List<String> valueFiles,
        boolean ignoreMissingValueFiles, String values, List<Parameter> parameters, List<FileParameter> fileParameters,
        boolean skipCrds, boolean skipSchemaValidation, boolean skipTests, String kubeVersion, List<String> apiVersions) {

    /** {@code helm.parameters[]}: {@code --set name=value}, or {@code --set-string} when {@code forceString}. */
    public record Parameter(String name, String value, boolean forceString) {
        public Parameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code helm.fileParameters[]}: {@code --set-file name=path}, the path relative to the chart. */
    public record FileParameter(String name, String path) {
        public FileParameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(path, "path");
        }
    }

    public HelmSourceOptions {
        Objects.requireNonNull(releaseName, "releaseName");
        Objects.requireNonNull(namespace, "namespace");
        valueFiles = List.copyOf(valueFiles);
        Objects.requireNonNull(values, "values");
        parameters = List.copyOf(parameters);
        fileParameters = List.copyOf(fileParameters);
        Objects.requireNonNull(kubeVersion, "kubeVersion");
        apiVersions = List.copyOf(apiVersions);
    }

    /** No {@code helm} block: the chart's defaults, released as {@code releaseName} into {@code namespace}. */
    public static HelmSourceOptions defaults(String releaseName, String namespace) {
        return new HelmSourceOptions(releaseName, namespace, List.of(), false, "", List.of(), List.of(), false, false,
                false, "", List.of());
    }

    /** These options released under another name into another namespace (the Application's, when the spec names none). */
    public HelmSourceOptions withRelease(String name, String targetNamespace) {
        return new HelmSourceOptions(name, targetNamespace, valueFiles, ignoreMissingValueFiles, values, parameters,
                fileParameters, skipCrds, skipSchemaValidation, skipTests, kubeVersion, apiVersions);
    }
}
