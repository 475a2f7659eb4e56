package dev.windlass.model;

import dev.windlass.model.tree.FieldPath;
import java.util.Optional;

/**
 * Where an {@link Issue} is: a file (with an optional line and column), an object and a field in
 * it, or both. Prints as {@code file:line:col}, {@code Kind/ns/name spec.replicas}, or the two
 * joined.
 */
public record Location(String file, Position position, ResourceKey object, FieldPath field) {

    private static final Location NOWHERE = new Location(null, null, null, null);

    public static Location nowhere() {
        return NOWHERE;
    }

    public static Location file(String file) {
        return new Location(file, null, null, null);
    }

    public static Location at(String file, Position position) {
        return new Location(file, position, null, null);
    }

    public static Location at(String file, int line, int column) {
        return at(file, new Position(line, column));
    }

    public static Location of(ResourceKey object, FieldPath field) {
        return new Location(null, null, object, field);
    }

    public Optional<String> fileName() {
        return Optional.ofNullable(file);
    }

    public Optional<Position> filePosition() {
        return Optional.ofNullable(position);
    }

    public Optional<ResourceKey> objectKey() {
        return Optional.ofNullable(object);
    }

    public Optional<FieldPath> fieldPath() {
        return Optional.ofNullable(field);
    }

    public Location withFile(String newFile) {
        return new Location(newFile, position, object, field);
    }

    public Location withPosition(Position newPosition) {
        return new Location(file, newPosition, object, field);
    }

    public Location withObject(ResourceKey newObject) {
        return new Location(file, position, newObject, field);
    }

    public Location withField(FieldPath newField) {
        return new Location(file, position, object, newField);
    }

    /** The file part as the user should see it, e.g. {@code apps/web.yaml:3:5}; empty when there is no file. */
    public String fileText() {
        if (file == null) {
            return "";
        }
        return position == null ? file : file + ":" + position;
    }

    /** The object part, e.g. {@code Deployment/prod/web spec.replicas}; empty when there is no object. */
    public String objectText() {
        StringBuilder out = new StringBuilder();
        if (object != null) {
            out.append(object.describe());
        }
        if (field != null && !field.isRoot()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(field);
        }
        return out.toString();
    }

    public boolean isEmpty() {
        return file == null && object == null && (field == null || field.isRoot());
    }

    @Override
    public String toString() {
        String fileText = fileText();
        String objectText = objectText();
        if (fileText.isEmpty()) {
            return objectText;
        }
        return objectText.isEmpty() ? fileText : fileText + ": " + objectText;
    }
}
