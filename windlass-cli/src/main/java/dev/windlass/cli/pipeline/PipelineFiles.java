package dev.windlass.cli.pipeline;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Origin;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the Kubernetes objects of the files a user names for {@code windlass pipeline} and
 * {@code windlass trigger}: YAML or JSON files, directories (every {@code .yaml}, {@code .yml} and
 * {@code .json} below, in path order) or {@code -} for standard input. Objects keep their origin, so
 * problems print as {@code file:line:col}; files are named as the user typed them.
 */
public final class PipelineFiles {

    /** The path that means standard input. */
    public static final String STDIN = "-";

    private PipelineFiles() {
    }

    /** Every object of every path, in order; a problem is a {@link PipelineInputException} naming the file. */
    public static List<KubeObject> read(List<String> typed, InputStream stdin) throws PipelineInputException {
        List<KubeObject> out = new ArrayList<>();
        for (String path : typed) {
            out.addAll(readOne(path, stdin));
        }
        return out;
    }

    private static List<KubeObject> readOne(String typed, InputStream stdin) throws PipelineInputException {
        try {
            if (typed.equals(STDIN)) {
                return parse("<stdin>", new String(stdin.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
            Path path = Path.of(typed);
            if (Files.isDirectory(path)) {
                List<KubeObject> out = new ArrayList<>();
                for (Path file : manifests(path)) {
                    out.addAll(parse(typed.replaceAll("/+$", "") + "/" + path.relativize(file), Files.readString(file)));
                }
                return out;
            }
            if (!Files.isRegularFile(path)) {
                throw new PipelineInputException(typed + ": no such file or directory");
            }
            return parse(typed, Files.readString(path));
        } catch (IOException e) {
            throw new PipelineInputException(typed + ": cannot read: " + e.getMessage());
        }
    }

    private static List<Path> manifests(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")
                            || p.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Finds Secrets and ConfigMaps (any kind) among {@code objects}; an object without a namespace is
     * in {@code default}, as kubectl would create it.
     */
    public static dev.windlass.pipelines.run.ObjectLookup lookup(List<KubeObject> objects) {
        List<KubeObject> copy = List.copyOf(objects);
        return (kind, namespace, name) -> copy.stream().filter(o -> o.kind().equals(kind) && o.name().equals(name)
                && (o.namespace().isEmpty() ? "default" : o.namespace()).equals(namespace)).findFirst();
    }

    /** The objects of YAML (or JSON) text; {@code name} is used in messages and origins. */
    static List<KubeObject> parse(String name, String text) throws PipelineInputException {
        ParsedStream stream = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES).read(name, text);
        if (stream.hasErrors()) {
            throw new PipelineInputException(stream.issues().get(0).format());
        }
        List<KubeObject> out = new ArrayList<>();
        for (ParsedDocument doc : stream.documents()) {
            if (doc.isEmpty()) {
                continue;
            }
            if (!(doc.content() instanceof MapNode map) || map.getText("kind").orElse("").isEmpty()) {
                throw new PipelineInputException(name + ": document " + (doc.index() + 1)
                        + " is not a Kubernetes object (it needs apiVersion and kind)");
            }
            out.add(KubeObject.of(map, new Origin(name, doc.index(), doc.start(), doc.sourceMap())));
        }
        return out;
    }
}
