package dev.windlass.helm.engine;

import dev.windlass.gotemplate.GoMember;
import dev.windlass.gotemplate.GoObject;
import dev.windlass.helm.yaml.JsonMarshaler;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code .Capabilities}: the Kubernetes version, API versions and Helm build that templates see.
 *
 * @param kubeVersion {@code .Capabilities.KubeVersion}
 * @param apiVersions {@code .Capabilities.APIVersions}
 */
public record HelmCapabilities(KubeVersion kubeVersion, ApiVersions apiVersions) implements GoObject, JsonMarshaler {

    /** Helm's version as {@code .Capabilities.HelmVersion.Version} reports it. */
    public static final String HELM_VERSION = "v4.2";

    @Override
    public String goTypeName() {
        return "*common.Capabilities";
    }

    @Override
    public GoMember member(String name) {
        return switch (name) {
            case "KubeVersion" -> GoMember.field(kubeVersion);
            case "APIVersions" -> GoMember.field(apiVersions);
            case "HelmVersion" -> GoMember.field(new BuildInfo(HELM_VERSION, "", "", "",
                    "v" + kubeVersionOfClient()));
            default -> null;
        };
    }

    private static String kubeVersionOfClient() {
        return KubeVersion.DEFAULT.major() + "." + KubeVersion.DEFAULT.minor();
    }

    @Override
    public Object jsonValue() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("KubeVersion", kubeVersion.jsonValue());
        json.put("APIVersions", apiVersions);
        json.put("HelmVersion", new BuildInfo(HELM_VERSION, "", "", "", "v" + kubeVersionOfClient()).jsonValue());
        return json;
    }

    /** {@code .Capabilities.HelmVersion}: Helm's {@code version.BuildInfo}. */
    record BuildInfo(String version, String gitCommit, String gitTreeState, String goVersion, String kubeClientVersion)
            implements GoObject, JsonMarshaler {

        @Override
        public String goTypeName() {
            return "version.BuildInfo";
        }

        @Override
        public GoMember member(String name) {
            return switch (name) {
                case "Version" -> GoMember.field(version);
                case "GitCommit" -> GoMember.field(gitCommit);
                case "GitTreeState" -> GoMember.field(gitTreeState);
                case "GoVersion" -> GoMember.field(goVersion);
                case "KubeClientVersion" -> GoMember.field(kubeClientVersion);
                default -> null;
            };
        }

        @Override
        public Object jsonValue() {
            Map<String, Object> json = new LinkedHashMap<>();
            putIfSet(json, "version", version);
            putIfSet(json, "git_commit", gitCommit);
            putIfSet(json, "git_tree_state", gitTreeState);
            putIfSet(json, "go_version", goVersion);
            json.put("kube_client_version", kubeClientVersion);
            return json;
        }

        private static void putIfSet(Map<String, Object> json, String key, String value) {
            if (!value.isEmpty()) {
                json.put(key, value);
            }
        }

        @Override
        public String toString() {
            return "{" + version + " " + gitCommit + " " + gitTreeState + " " + goVersion + " " + kubeClientVersion + "}";
        }
    }
}
