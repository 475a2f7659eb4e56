package dev.windlass.policy.gator;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
  * Reads gator Suite files ({@code apiVersion: test.gatekeeper.sh/v1alpha1}, {@code kind: Suite}),
  * and finds them: a directory is searched recursively for files named {@code suite.yaml}
  * (gator reads any YAML file of kind Suite; Windlass looks for the conventional name).
  */
public final class SuiteReader {
    static final String API_VERSION = "test.gatekeeper.sh/v1alpha1";

    private SuiteReader() {
    }

    /**
      * The suite files at {@code path} of {@code source}: the file itself, or the {@code suite.yaml}
      * files under a directory, sorted by path. Links are followed only inside the snapshot.
      */
    public static List<String> find(Snapshot source, String path) throws GatorException {
        SnapshotEntry entry = SourceFiles.entry(source, path);
        if (!entry.isDirectory()) {
            return List.of(path);
        }
        List<String> out = new ArrayList<>();
        walk(source, entry.path(), out, 0);
        return out.stream().sorted().toList();
    }

    private static void walk(Snapshot source, String dir, List<String> out, int depth) throws GatorException {
        if (depth > 64) {
            throw new GatorException(dir + ": directories nested too deep");
        }
        for (SnapshotEntry e : source.list(dir)) {
            if (e.isDirectory()) {
                walk(source, e.path(), out, depth + 1);
            } else if (e.isFile() && e.name().equals("suite.yaml")) {
                out.add(e.path());
            }
        }
    }

    /** Reads the suite file at {@code path} of {@code source}. */
    public static Suite read(Snapshot source, String path) throws GatorException {
        return parse(path, SourceFiles.readText(source, path));
    }

    /** Parses suite text; {@code file} is its path, which locates the paths inside it. */
    public static Suite parse(String file, String text) throws GatorException {
        ParsedStream stream = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.YAML_1_2).read(file, text);
        if (stream.hasErrors()) {
            throw new GatorException(file + ": not valid YAML: " + stream.issues().get(0).message());
        }
        List<ParsedDocument> docs = stream.documents().stream().filter(d -> !d.isEmpty()).toList();
        if (docs.size() != 1 || !(docs.get(0).content() instanceof MapNode root)) {
            throw new GatorException(file + ": a suite file holds exactly one Suite object");
        }
        if (!root.getText("kind").orElse("").equals("Suite")
                || !root.getText("apiVersion").orElse("").equals(API_VERSION)) {
            throw new GatorException(file + ": not a Suite: want apiVersion " + API_VERSION + " and kind Suite");
        }
        String name = root.getMap("metadata").flatMap(m -> m.getText("name")).orElse("");
        List<Suite.Test> tests = new ArrayList<>();
        List<Node> items = root.getList("tests").map(ListNode::items).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            tests.add(test(file, "tests[" + i + "]", items.get(i)));
        }
        return new Suite(file, name, tests, flag(root, "skip"));
    }

    private static Suite.Test test(String file, String at, Node node) throws GatorException {
        MapNode m = node.asMap().orElseThrow(() -> new GatorException(file + ": " + at + " must be an object"));
        List<Suite.Case> cases = new ArrayList<>();
        List<Node> items = m.getList("cases").map(ListNode::items).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            cases.add(testCase(file, at + ".cases[" + i + "]", items.get(i)));
        }
        return new Suite.Test(m.getText("name").orElse(""), m.getText("template").orElse(""),
                m.getText("constraint").orElse(""), cases, flag(m, "invalid"), flag(m, "skip"));
    }

    private static Suite.Case testCase(String file, String at, Node node) throws GatorException {
        MapNode m = node.asMap().orElseThrow(() -> new GatorException(file + ": " + at + " must be an object"));
        List<String> inventory = new ArrayList<>();
        for (Node n : m.getList("inventory").map(ListNode::items).orElse(List.of())) {
            inventory.add(n.asText().orElseThrow(() -> new GatorException(file + ": " + at
                    + ".inventory: each entry must be a file path")));
        }
        List<Assertion> assertions = new ArrayList<>();
        List<Node> items = m.getList("assertions").map(ListNode::items).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String where = at + ".assertions[" + i + "]";
            MapNode a = items.get(i).asMap().orElseThrow(() -> new GatorException(file + ": " + where
                    + " must be an object"));
            assertions.add(new Assertion(violations(a.get("violations")), a.getText("message").orElse(null)));
        }
        return new Suite.Case(m.getText("name").orElse(""), m.getText("object").orElse(""), inventory, assertions,
                flag(m, "skip"));
    }

    private static String violations(Optional<Node> node) {
        if (node.isEmpty() || node.get().isNull()) {
            return null;
        }
        Node n = node.get();
        if (n instanceof BoolNode b) {
            return b.value() ? "yes" : "no";
        }
        if (n instanceof IntNode i) {
            return Long.toString(i.value());
        }
        return n.asText().map(String::trim).orElse(String.valueOf(n.toPlain()));
    }

    private static boolean flag(MapNode m, String key) {
        return m.get(key).map(n -> n instanceof BoolNode b && b.value()).orElse(false);
    }
}
