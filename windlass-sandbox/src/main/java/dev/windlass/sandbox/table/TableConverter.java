package dev.windlass.sandbox.table;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.BuiltinResources;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns objects into the {@code meta.k8s.io} {@code Table} kube-apiserver answers
 * {@code Accept: application/json;as=Table;v=v1;g=meta.k8s.io} with, for a list or for a single GET
 * (a one-row table). Built-in kinds use kube-apiserver's printer columns (all cells, wide ones
 * included, as the server always prints wide), custom resources their CRD's printer columns, other
 * built-ins the default Name / Created At pair.
 */
public final class TableConverter {

    private TableConverter() {
    }

    /** A {@code meta.k8s.io/v1} Table of {@code objects}. */
    public static MapNode toTable(ApiResource resource, List<MapNode> objects, String resourceVersion,
                                  String continueToken, IncludeObject include, Instant now) {
        return toTable(resource, objects, resourceVersion, continueToken, include, now, "v1");
    }

    /**
     * A Table of the given version ({@code v1} or {@code v1beta1}, same shape).
     *
     * @param resourceVersion the list's (or the single object's) resource version, or null
     * @param continueToken   the list's continue token, or null on the last page
     * @param include         what each row's {@code object} carries
     */
    public static MapNode toTable(ApiResource resource, List<MapNode> objects, String resourceVersion,
                                  String continueToken, IncludeObject include, Instant now, String version) {
        String apiVersion = TableMediaType.GROUP + "/" + version;
        Printer printer = printerFor(resource);
        List<Node> columns = new ArrayList<>();
        printer.columns().forEach(c -> columns.add(c.toNode()));
        List<Node> rows = new ArrayList<>(objects.size());
        for (MapNode object : objects) {
            rows.add(row(printer.row(object, now), object, include, apiVersion));
        }
        MapNode.Builder metadata = MapNode.builder();
        if (resourceVersion != null && !resourceVersion.isEmpty()) {
            metadata.put("resourceVersion", Node.of(resourceVersion));
        }
        if (continueToken != null && !continueToken.isEmpty()) {
            metadata.put("continue", Node.of(continueToken));
        }
        return MapNode.builder()
                .put("kind", Node.of("Table"))
                .put("apiVersion", Node.of(apiVersion))
                .put("metadata", metadata.build())
                .put("columnDefinitions", new ListNode(columns))
                .put("rows", new ListNode(rows))
                .build();
    }

    /**
     * The object of one watch event for a client that asked for a Table: a one-row Table of
     * {@code object}. kube-apiserver sends the column definitions with the first event of a watch only
     * ({@code headers} false afterwards, leaving {@code columnDefinitions} null).
     */
    public static MapNode toWatchTable(ApiResource resource, MapNode object, IncludeObject include, Instant now,
                                       String version, boolean headers) {
        String rv = object.getMap("metadata").flatMap(m -> m.getText("resourceVersion")).orElse(null);
        MapNode table = toTable(resource, List.of(object), rv, null, include, now, version);
        return headers ? table : table.with("columnDefinitions", Node.nullNode());
    }

    /** The column definitions {@code resource} is printed with. */
    public static List<Column> columns(ApiResource resource) {
        return printerFor(resource).columns();
    }

    static Printer printerFor(ApiResource resource) {
        if (!BuiltinResources.GROUP_ORDER.contains(resource.group())) {
            return CustomColumns.printer(resource.printerColumns());
        }
        return BuiltinPrinters.forKind(resource.group(), resource.kind()).orElse(DefaultColumns.PRINTER);
    }

    private static MapNode row(Row row, MapNode object, IncludeObject include, String apiVersion) {
        MapNode.Builder out = MapNode.builder().put("cells", new ListNode(row.cells()));
        if (!row.conditions().isEmpty()) {
            out.put("conditions", new ListNode(new ArrayList<>(row.conditions())));
        }
        Node carried = switch (include) {
            case NONE -> Node.nullNode();
            case OBJECT -> object;
            case METADATA -> MapNode.builder()
                    .put("kind", Node.of("PartialObjectMetadata"))
                    .put("apiVersion", Node.of(apiVersion))
                    .put("metadata", object.getMap("metadata").orElse(MapNode.empty()))
                    .build();
        };
        return out.put("object", carried).build();
    }
}
