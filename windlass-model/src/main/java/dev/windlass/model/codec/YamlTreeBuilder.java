package dev.windlass.model.codec;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import dev.windlass.model.Position;
import dev.windlass.model.SourceMap;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds the node tree of one YAML document from parser events, without recursion. It resolves
 * anchors and aliases by sharing immutable nodes, applies merge keys ({@code <<}), warns about
 * duplicate keys (the last value wins, as in kubectl), and keeps count of how many nodes aliases stand for, so that a "billion laughs"
 * document is refused before anything is expanded.
 */
final class YamlTreeBuilder {

    /** A finished node with the number of nodes it stands for once aliases are expanded. */
    private record Built(Node node, long size) {
    }

    private abstract static class Frame {
        final String pointer;
        final Optional<String> anchor;
        long size = 1;

        Frame(String pointer, Optional<String> anchor) {
            this.pointer = pointer;
            this.anchor = anchor;
        }
    }

    private static final class MapFrame extends Frame {
        final MapNode.Builder entries = MapNode.builder();
        final Map<String, Integer> explicitKeyLines = new HashMap<>();
        String pendingKey;
        boolean pendingMerge;

        MapFrame(String pointer, Optional<String> anchor) {
            super(pointer, anchor);
        }
    }

    private static final class ListFrame extends Frame {
        final List<Node> items = new ArrayList<>();

        ListFrame(String pointer, Optional<String> anchor) {
            super(pointer, anchor);
        }
    }

    private final String file;
    private final CodecLimits limits;
    private final YamlScalars scalars;
    private final SourceMap.Builder positions;
    private final Consumer<Issue> warnings;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, Built> anchors = new HashMap<>();
    private final Set<String> openAnchors = new HashSet<>();
    private long aliasNodes;
    private Built root;

    YamlTreeBuilder(String file, CodecLimits limits, YamlScalars scalars, boolean trackPositions, Consumer<Issue> warnings) {
        this.file = file;
        this.warnings = warnings;
        this.limits = limits;
        this.scalars = scalars;
        this.positions = trackPositions ? SourceMap.builder() : null;
    }

    Optional<Node> root() {
        return root == null ? Optional.empty() : Optional.of(root.node());
    }

    SourceMap sourceMap() {
        return positions == null ? SourceMap.empty() : positions.build();
    }

    void scalar(String text, boolean plain, Optional<String> tag, Optional<String> anchor, Position at) {
        Location location = Location.at(file, at);
        MapFrame map = expectingKey();
        if (map != null) {
            boolean merge = plain && text.equals("<<") && (tag.isEmpty() || tag.get().endsWith(":merge"));
            acceptKey(map, merge ? "<<" : scalars.key(text, plain, tag, location), merge, at);
            anchor.ifPresent(a -> anchors.put(a, new Built(Node.of(text), 1)));
            return;
        }
        childPointer(at);
        Built built = new Built(scalars.value(text, plain, tag, location), 1);
        anchor.ifPresent(a -> anchors.put(a, built));
        attach(built);
    }

    void alias(String anchor, Position at) {
        Location location = Location.at(file, at);
        Built target = anchors.get(anchor);
        if (target == null || openAnchors.contains(anchor)) {
            throw new CodecFailure(CodecMessages.undefinedAlias(location, anchor));
        }
        aliasNodes += target.size();
        if (aliasNodes > limits.maxAliasNodes()) {
            throw new CodecFailure(CodecMessages.aliasExpansion(location, limits.maxAliasNodes()));
        }
        MapFrame map = expectingKey();
        if (map != null) {
            String key = target.node().asText().orElseThrow(() -> new CodecFailure(CodecMessages.complexKey(location)));
            acceptKey(map, key, false, at);
            return;
        }
        childPointer(at);
        attach(target);
    }

    void startMap(Optional<String> anchor, Position at) {
        push(new MapFrame(startCollection(at), anchor));
    }

    void startList(Optional<String> anchor, Position at) {
        push(new ListFrame(startCollection(at), anchor));
    }

    void endCollection() {
        Frame frame = stack.pop();
        frame.anchor.ifPresent(openAnchors::remove);
        Node node = frame instanceof MapFrame map ? map.entries.build() : new ListNode(((ListFrame) frame).items);
        Built built = new Built(node, frame.size);
        frame.anchor.ifPresent(a -> anchors.put(a, built));
        attach(built);
    }

    private String startCollection(Position at) {
        if (expectingKey() != null) {
            throw new CodecFailure(CodecMessages.complexKey(Location.at(file, at)));
        }
        if (stack.size() >= limits.maxDepth()) {
            throw new CodecFailure(CodecMessages.tooDeep(Location.at(file, at), limits.maxDepth()));
        }
        return childPointer(at);
    }

    private void push(Frame frame) {
        frame.anchor.ifPresent(openAnchors::add);
        stack.push(frame);
    }

    /** The map frame on top when it is waiting for a key, else null. */
    private MapFrame expectingKey() {
        Frame top = stack.peek();
        return top instanceof MapFrame map && map.pendingKey == null ? map : null;
    }

    private void acceptKey(MapFrame map, String key, boolean merge, Position at) {
        if (!merge) {
            Integer firstLine = map.explicitKeyLines.putIfAbsent(key, at.line());
            if (firstLine != null) {
                warnings.accept(CodecMessages.duplicateKey(Location.at(file, at), key, firstLine, stack.size() == 1));
            }
        }
        map.pendingKey = key;
        map.pendingMerge = merge;
        if (positions != null && !merge) {
            positions.put(map.pointer + "/" + FieldPath.pointerSegment(key), at);
        }
    }

    /** The JSON pointer of the value about to be read, recording the position of list items. */
    private String childPointer(Position at) {
        if (positions == null) {
            return null;
        }
        Frame top = stack.peek();
        String pointer;
        if (top == null) {
            pointer = "";
        } else if (top instanceof MapFrame map) {
            pointer = map.pendingMerge ? null : map.pointer == null ? null : map.pointer + "/" + FieldPath.pointerSegment(map.pendingKey);
        } else {
            pointer = top.pointer == null ? null : top.pointer + "/" + ((ListFrame) top).items.size();
        }
        if (pointer != null) {
            positions.put(pointer, at);
        }
        return pointer;
    }

    private void attach(Built built) {
        Frame parent = stack.peek();
        if (parent == null) {
            root = built;
            return;
        }
        parent.size += built.size();
        if (parent instanceof ListFrame list) {
            list.items.add(built.node());
            return;
        }
        MapFrame map = (MapFrame) parent;
        if (map.pendingMerge) {
            merge(map, built.node());
        } else {
            map.entries.put(map.pendingKey, built.node());
        }
        map.pendingKey = null;
        map.pendingMerge = false;
    }

    /** YAML merge: keys already in the map win, and earlier maps in a merge list win over later ones. */
    private void merge(MapFrame map, Node source) {
        List<Node> sources = source instanceof ListNode list ? list.items() : List.of(source);
        for (Node each : sources) {
            if (!(each instanceof MapNode from)) {
                throw new CodecFailure(CodecMessages.invalidMerge(Location.file(file)));
            }
            from.asJavaMap().forEach(map.entries::putIfAbsent);
        }
    }

}
