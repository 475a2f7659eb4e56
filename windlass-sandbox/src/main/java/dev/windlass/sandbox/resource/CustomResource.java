package dev.windlass.sandbox.resource;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.resource.ApiResource.PrinterColumn;
import dev.windlass.sandbox.resource.ApiResource.Subresource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the sandbox serves for one {@code apiextensions.k8s.io/v1} CustomResourceDefinition, with
 * v1 defaulting applied ({@code singular} = lower-case kind, {@code listKind} = kind + "List").
 * The HTTP layer reads the scale paths and schemas from here.
 *
 * @param crdName    {@code metadata.name}, {@code <plural>.<group>}
 * @param versions   every version of {@code spec.versions}, served or not, in the CRD's order
 */
public record CustomResource(
        String crdName,
        String group,
        String kind,
        String listKind,
        String plural,
        String singular,
        boolean namespaced,
        List<String> shortNames,
        List<String> categories,
        List<Version> versions) {

    public CustomResource {
        shortNames = List.copyOf(shortNames);
        categories = List.copyOf(categories);
        versions = List.copyOf(versions);
    }

    /**
     * One entry of {@code spec.versions}.
     *
     * @param schema         {@code schema.openAPIV3Schema}, empty when absent
     * @param scale          the scale subresource's paths, or null when it has none
     */
    public record Version(String name, boolean served, boolean storage, MapNode schema, boolean status,
            ScalePaths scale, List<PrinterColumn> printerColumns) {
        public Version {
            printerColumns = List.copyOf(printerColumns);
        }
    }

    /** The scale subresource's JSON paths ({@code .spec.replicas}); {@code labelSelectorPath} may be null. */
    public record ScalePaths(String specReplicasPath, String statusReplicasPath, String labelSelectorPath) {
    }

    /** Reads a CRD object; fields of the wrong type count as absent (validate it first). */
    public static CustomResource from(MapNode crd) {
        MapNode spec = crd.getMap("spec").orElse(MapNode.empty());
        MapNode names = spec.getMap("names").orElse(MapNode.empty());
        String kind = names.getText("kind").orElse("");
        List<Version> versions = new ArrayList<>();
        for (Node item : spec.getList("versions").orElse(ListNode.empty()).items()) {
            item.asMap().ifPresent(v -> versions.add(version(v)));
        }
        return new CustomResource(
                crd.getMap("metadata").flatMap(m -> m.getText("name")).orElse(""),
                spec.getText("group").orElse(""),
                kind,
                names.getText("listKind").filter(s -> !s.isEmpty()).orElse(kind + "List"),
                names.getText("plural").orElse(""),
                names.getText("singular").filter(s -> !s.isEmpty()).orElse(kind.toLowerCase(Locale.ROOT)),
                !"Cluster".equals(spec.getText("scope").orElse("")),
                texts(names, "shortNames"),
                texts(names, "categories"),
                versions);
    }

    /** The version objects are stored in, or empty when the CRD names none. */
    public Optional<Version> storageVersion() {
        return versions.stream().filter(Version::storage).findFirst();
    }

    /** The storage group, version and kind (the basis of discovery's {@code storageVersionHash}). */
    public GroupVersionKind storageGvk() {
        String version = storageVersion().map(Version::name).orElse(versions.isEmpty() ? "" : versions.get(0).name());
        return new GroupVersionKind(group, version, kind);
    }

    /** The version named {@code name}. */
    public Optional<Version> version(String name) {
        return versions.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** One served resource per served version, as discovery lists them. */
    public List<ApiResource> servedResources() {
        List<ApiResource> out = new ArrayList<>();
        for (Version v : versions) {
            if (!v.served()) {
                continue;
            }
            Set<Subresource> subresources = EnumSet.noneOf(Subresource.class);
            if (v.status()) {
                subresources.add(Subresource.STATUS);
            }
            if (v.scale() != null) {
                subresources.add(Subresource.SCALE);
            }
            out.add(new ApiResource(group, v.name(), kind, plural, singular, namespaced, shortNames, categories,
                    ApiResource.ALL_VERBS, subresources, v.printerColumns()));
        }
        return out;
    }

    private static Version version(MapNode v) {
        MapNode subresources = v.getMap("subresources").orElse(MapNode.empty());
        ScalePaths scale = subresources.getMap("scale")
                .map(s -> new ScalePaths(s.getText("specReplicasPath").orElse(""),
                        s.getText("statusReplicasPath").orElse(""), s.getText("labelSelectorPath").orElse(null)))
                .orElse(null);
        List<PrinterColumn> columns = new ArrayList<>();
        for (Node item : v.getList("additionalPrinterColumns").orElse(ListNode.empty()).items()) {
            item.asMap().ifPresent(c -> columns.add(new PrinterColumn(c.getText("name").orElse(""),
                    c.getText("type").orElse(""), c.getText("jsonPath").orElse(""),
                    c.getText("description").orElse(""), (int) integer(c.get("priority")))));
        }
        return new Version(v.getText("name").orElse(""), flag(v.get("served")), flag(v.get("storage")),
                v.getMap("schema").flatMap(s -> s.getMap("openAPIV3Schema")).orElse(MapNode.empty()),
                subresources.get("status").isPresent(), scale, columns);
    }

    private static boolean flag(Optional<Node> node) {
        return node.filter(n -> n instanceof BoolNode b && b.value()).isPresent();
    }

    private static long integer(Optional<Node> node) {
        return node.filter(n -> n instanceof IntNode).map(n -> ((IntNode) n).value()).orElse(0L);
    }

    private static List<String> texts(MapNode map, String key) {
        List<String> out = new ArrayList<>();
        for (Node item : map.getList(key).orElse(ListNode.empty()).items()) {
            item.asText().ifPresent(out::add);
        }
        return out;
    }
}
