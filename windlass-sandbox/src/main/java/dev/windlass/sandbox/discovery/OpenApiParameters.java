package dev.windlass.sandbox.discovery;

import dev.windlass.model.tree.MapNode;
import java.util.Map;

/** The path and query parameters the sandbox's operations declare, with short descriptions. */
final class OpenApiParameters {

    private static final Map<String, String[]> QUERY = Map.ofEntries(
            Map.entry("pretty", new String[] {"string", "If 'true', the output is pretty printed."}),
            Map.entry("dryRun", new String[] {"string",
                "When present (only 'All' is valid), modifications are not persisted."}),
            Map.entry("fieldManager", new String[] {"string", "Name of the actor making the change."}),
            Map.entry("fieldValidation", new String[] {"string",
                "How the server treats unknown or duplicate fields in the request body: Ignore drops them,"
                    + " Warn drops them and returns a warning per field, Strict fails the request."}),
            Map.entry("force", new String[] {"boolean",
                "Apply requests only: take ownership of fields other managers own instead of failing."}),
            Map.entry("gracePeriodSeconds", new String[] {"integer", "Seconds before the object is deleted."}),
            Map.entry("propagationPolicy", new String[] {"string",
                "Whether and how dependents are garbage collected: Orphan, Background or Foreground."}),
            Map.entry("allowWatchBookmarks", new String[] {"boolean", "Ask for BOOKMARK events on watches."}),
            Map.entry("continue", new String[] {"string", "The continue token of the previous page."}),
            Map.entry("fieldSelector", new String[] {"string", "Select objects by field values."}),
            Map.entry("labelSelector", new String[] {"string", "Select objects by labels."}),
            Map.entry("limit", new String[] {"integer", "Largest number of objects in one page."}),
            Map.entry("resourceVersion", new String[] {"string", "Which resource version to read or watch from."}),
            Map.entry("resourceVersionMatch", new String[] {"string", "How resourceVersion is applied to lists."}),
            Map.entry("sendInitialEvents", new String[] {"boolean", "Start a watch with the current objects."}),
            Map.entry("timeoutSeconds", new String[] {"integer", "Time limit of the list or watch call."}),
            Map.entry("watch", new String[] {"boolean", "Watch for changes instead of listing."}));

    private OpenApiParameters() {
    }

    static MapNode path(String name, String description) {
        return MapNode.of("name", name, "in", "path", "description", description, "required", true,
                "schema", MapNode.of("type", "string", "uniqueItems", true));
    }

    static MapNode query(String name) {
        String[] typeAndDescription = QUERY.get(name);
        if (typeAndDescription == null) {
            throw new IllegalArgumentException("no description for query parameter " + name);
        }
        return MapNode.of("name", name, "in", "query", "description", typeAndDescription[1],
                "schema", MapNode.of("type", typeAndDescription[0], "uniqueItems", true));
    }
}
