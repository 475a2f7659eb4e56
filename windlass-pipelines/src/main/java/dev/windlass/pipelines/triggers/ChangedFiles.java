package dev.windlass.pipelines.triggers;

import dev.windlass.pipelines.subst.GoJson;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The github interceptor's {@code addChangedFiles} for push events, which needs no GitHub API: every
 * commit's {@code added}, {@code modified} and {@code removed} files, joined with commas, for
 * {@code extensions.changed_files}. Pull requests need the API and are left out.
 */
final class ChangedFiles {

    /** The joined file names, or why the body does not have them. */
    record Found(String files, String problem) {
    }

    private ChangedFiles() {
    }

    static Found ofPush(Node body) {
        if (!(body instanceof MapNode map)) {
            return new Found(null, "error parsing body: the body is not a JSON object");
        }
        Optional<String> fullName = map.getMap("repository").flatMap(r -> r.getText("full_name"));
        if (fullName.isEmpty() || !fullName.get().contains("/")) {
            return new Found(null, "error parsing body: payload body missing 'repository.full_name' field");
        }
        List<String> files = new ArrayList<>();
        for (Node commit : map.getList("commits").orElse(ListNode.empty()).items()) {
            for (String field : List.of("added", "modified", "removed")) {
                Optional<ListNode> names = commit.asMap().flatMap(c -> c.getList(field));
                if (names.isEmpty()) {
                    return new Found(null, "error parsing body: payload body missing 'commits.*." + field + "' field");
                }
                names.get().items().forEach(n -> files.add(n.asText().orElse(GoJson.write(n))));
            }
        }
        return new Found(String.join(",", files), null);
    }
}
