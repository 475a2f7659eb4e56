package dev.windlass.bench.policy;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One policy of the Gatekeeper library as its directory lays it out: {@code template.yaml}, and per
 * {@code samples/NAME/} a {@code constraint.yaml}, inventory objects (files whose name contains
 * {@code inventory}) and the objects to review (every other YAML file).
 *
 * @param name the template's directory name
 * @param template the ConstraintTemplate
 * @param samples the sample directories that have a constraint
 */
record LibraryPolicy(String name, KubeObject template, List<Sample> samples) {

    /** One sample: a constraint, the objects it is shown with, and the inventory they need. */
    record Sample(String name, KubeObject constraint, List<KubeObject> objects, List<KubeObject> inventory) {}

    /** Every policy under a library root ({@code gatekeeper-library/library}), in path order. */
    static List<LibraryPolicy> load(Path library) throws IOException {
        List<LibraryPolicy> policies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(library)) {
            for (Path template : files.filter(p -> p.getFileName().toString().equals("template.yaml")).sorted().toList()) {
                List<Sample> samples = samples(template.resolveSibling("samples"));
                if (!samples.isEmpty()) {
                    policies.add(new LibraryPolicy(template.getParent().getFileName().toString(),
                            read(template).get(0), samples));
                }
            }
        }
        return policies;
    }

    private static List<Sample> samples(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Sample> samples = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(dir)) {
            for (Path sample : dirs.filter(p -> Files.isRegularFile(p.resolve("constraint.yaml"))).sorted().toList()) {
                List<KubeObject> objects = new ArrayList<>();
                List<KubeObject> inventory = new ArrayList<>();
                try (Stream<Path> examples = Files.list(sample)) {
                    for (Path file : examples.filter(LibraryPolicy::isSampleObject).sorted().toList()) {
                        (file.getFileName().toString().contains("inventory") ? inventory : objects).addAll(read(file));
                    }
                }
                samples.add(new Sample(sample.getFileName().toString(), read(sample.resolve("constraint.yaml")).get(0),
                        objects, inventory));
            }
        }
        return samples;
    }

    private static boolean isSampleObject(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") && !name.equals("constraint.yaml");
    }

    /** The objects of a YAML file (documents that are mappings). */
    static List<KubeObject> read(Path file) throws IOException {
        List<KubeObject> objects = new ArrayList<>();
        for (ParsedDocument doc : YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES)
                .read(file.toString(), Files.readString(file)).documents()) {
            if (doc.content() instanceof MapNode map) {
                objects.add(KubeObject.of(map));
            }
        }
        return objects;
    }
}
