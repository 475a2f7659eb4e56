package dev.windlass.sandbox.resource;

import dev.windlass.model.GroupKind;
import dev.windlass.model.GroupVersionKind;
import java.util.List;
import java.util.Set;

/**
 * One served resource of one group version, as discovery lists it: {@code apps/v1 deployments}.
 *
 * @param group          API group, {@code ""} for the core group
 * @param version        version, {@code v1}
 * @param kind           kind, {@code Deployment}
 * @param plural         resource name in URLs, {@code deployments}
 * @param singular       singular name, {@code deployment}
 * @param namespaced     whether objects live in a namespace
 * @param shortNames     kubectl short names, {@code deploy}
 * @param categories     discovery categories, {@code all}
 * @param verbs          verbs served, in discovery's order
 * @param subresources   subresources served ({@code status}, {@code scale})
 * @param printerColumns extra columns for table output (CRDs' additionalPrinterColumns)
 */
public record ApiResource(
        String group,
        String version,
        String kind,
        String plural,
        String singular,
        boolean namespaced,
        List<String> shortNames,
        List<String> categories,
        List<String> verbs,
        Set<Subresource> subresources,
        List<PrinterColumn> printerColumns) {

    /** The verbs of an ordinary read-write resource, in the order kube-apiserver lists them. */
    public static final List<String> ALL_VERBS =
            List.of("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");

    public ApiResource {
        shortNames = List.copyOf(shortNames);
        categories = List.copyOf(categories);
        verbs = List.copyOf(verbs);
        subresources = Set.copyOf(subresources);
        printerColumns = List.copyOf(printerColumns);
    }

    /** {@code v1} for the core group, {@code apps/v1} otherwise. */
    public String groupVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    public GroupKind groupKind() {
        return new GroupKind(group, kind);
    }

    public GroupVersionKind gvk() {
        return new GroupVersionKind(group, version, kind);
    }

    /** {@code DeploymentList}. */
    public String listKind() {
        return kind + "List";
    }

    public boolean has(Subresource subresource) {
        return subresources.contains(subresource);
    }

    /** {@code deployments.apps}, the resource as RBAC and error messages name it. */
    public String qualifiedName() {
        return group.isEmpty() ? plural : plural + "." + group;
    }

    /** The subresources the sandbox serves. */
    public enum Subresource {
        STATUS("status"),
        SCALE("scale");

        private final String path;

        Subresource(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    /** A table column: name, OpenAPI type, a JSONPath into the object, and its priority (0 shown by default). */
    public record PrinterColumn(String name, String type, String jsonPath, String description, int priority) {
    }
}
