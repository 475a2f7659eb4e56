package dev.windlass.sandbox.apply;

import java.util.ArrayList;
import java.util.List;

/**
 * A path into an object made of {@link PathElement}s, printed as the API server prints it in
 * conflict messages: {@code .spec.template.spec.containers[name="web"].image}.
 */
public record ManagedPath(List<PathElement> elements) {

    private static final ManagedPath ROOT = new ManagedPath(List.of());

    public ManagedPath {
        elements = List.copyOf(elements);
    }

    public static ManagedPath root() {
        return ROOT;
    }

    public static ManagedPath of(PathElement... elements) {
        return new ManagedPath(List.of(elements));
    }

    /** A path of map fields only: {@code ManagedPath.fields("spec", "replicas")}. */
    public static ManagedPath fields(String... names) {
        List<PathElement> elements = new ArrayList<>(names.length);
        for (String name : names) {
            elements.add(PathElement.field(name));
        }
        return new ManagedPath(elements);
    }

    public ManagedPath child(PathElement element) {
        List<PathElement> copy = new ArrayList<>(elements.size() + 1);
        copy.addAll(elements);
        copy.add(element);
        return new ManagedPath(copy);
    }

    public boolean isRoot() {
        return elements.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        elements.forEach(element -> out.append(element));
        return out.toString();
    }
}
