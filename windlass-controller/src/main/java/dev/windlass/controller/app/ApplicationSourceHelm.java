package dev.windlass.controller.app;

import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.tree.MapNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An Application's {@code spec.source.helm} as written (Argo CD's {@code ApplicationSourceHelm}):
 * what the repo server turns into {@code helm template} flags. Defaults (release name, namespace,
 * Kubernetes version) are not filled in here, so the status can show the spec as it is.
 *
 * @param valueFiles              {@code valueFiles}: paths relative to the chart (or from the repository root with {@code /})
 * @param ignoreMissingValueFiles {@code ignoreMissingValueFiles}
 * @param values                  {@code values}: a YAML document as a string; {@code ""} for none
 * @param valuesObject            {@code valuesObject}: values as an object; wins over {@code values}
 * @param parameters              {@code parameters}: {@code --set} / {@code --set-string} per entry
 * @param fileParameters          {@code fileParameters}: {@code --set-file} per entry
 * @param releaseName             {@code releaseName}; {@code ""} for the Application's name
 * @param namespace               {@code namespace}; {@code ""} for the destination namespace
 * @param skipCrds                {@code skipCrds}
 * @param skipSchemaValidation    {@code skipSchemaValidation}
 * @param skipTests               {@code skipTests}
 * @param kubeVersion             {@code kubeVersion}; {@code ""} for the default
 * @param apiVersions             {@code apiVersions}
 * @param passCredentials         {@code passCredentials}: send repository credentials to every domain of a chart pull
 * @param version                 {@code version}: the Helm version ({@code ""}, {@code v3} or {@code v4} work)
 */
public record ApplicationSourceHelm(List<String> valueFiles, boolean ignoreMissingValueFiles, String values,
        Optional<MapNode> valuesObject, List<Parameter> parameters, List<FileParameter> fileParameters,
        String releaseName, String namespace, boolean skipCrds, boolean skipSchemaValidation, boolean skipTests,
        String kubeVersion, List<String> apiVersions, boolean passCredentials, String version) {

    /** No {@code helm} block. */
    public static final ApplicationSourceHelm NONE = new ApplicationSourceHelm(List.of(), false, "", Optional.empty(),
            List.of(), List.of(), "", "", false, false, false, "", List.of(), false, "");

    /** {@code parameters[]}: a value for {@code name} ({@code --set}, or {@code --set-string} with {@code forceString}). */
    public record Parameter(String name, String value, boolean forceString) {
        public Parameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code fileParameters[]}: the contents of the file at {@code path} as the value of {@code name}. */
    public record FileParameter(String name, String path) {
        public FileParameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(path, "path");
        }
    }

    public ApplicationSourceHelm {
        valueFiles = List.copyOf(valueFiles);
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(valuesObject, "valuesObject");
        parameters = List.copyOf(parameters);
        fileParameters = List.copyOf(fileParameters);
        Objects.requireNonNull(releaseName, "releaseName");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(kubeVersion, "kubeVersion");
        apiVersions = List.copyOf(apiVersions);
        Objects.requireNonNull(version, "version");
    }

    /**
     * The inline values Helm reads as its last values file, as Argo CD's {@code ValuesYAML}:
     * {@code valuesObject} when set (as JSON, which YAML reads the same), else {@code values}.
     */
    public String valuesText() {
        return valuesObject.map(object -> JsonWriter.write(object, 0)).orElse(values);
    }

    /**
     * These options with the build environment substituted where Argo CD substitutes it: parameter
     * values, value file paths and file parameter paths.
     */
    public ApplicationSourceHelm withSubstituted(List<String> newValueFiles, List<Parameter> newParameters,
            List<FileParameter> newFileParameters) {
        return new ApplicationSourceHelm(newValueFiles, ignoreMissingValueFiles, values, valuesObject, newParameters,
                newFileParameters, releaseName, namespace, skipCrds, skipSchemaValidation, skipTests, kubeVersion,
                apiVersions, passCredentials, version);
    }
}
