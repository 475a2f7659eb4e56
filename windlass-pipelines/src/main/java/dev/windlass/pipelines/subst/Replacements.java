package dev.windlass.pipelines.subst;

import dev.windlass.pipelines.model.ParamValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable table of what each {@code $(...)} variable stands for: strings, arrays and objects,
 * keyed by the variable without {@code $( )} ({@code params.url}, {@code context.taskRun.name}).
 * {@link Builder#param} adds every spelling Tekton accepts ({@code params.x}, {@code params["x"]},
 * {@code params['x']}, {@code params.obj.key}, {@code params.arr[i]}).
 */
public final class Replacements {

    private static final Replacements EMPTY = new Builder().build();

    private final Map<String, String> strings;
    private final Map<String, List<String>> arrays;
    private final Map<String, Map<String, String>> objects;

    private Replacements(Builder builder) {
        this.strings = Collections.unmodifiableMap(new LinkedHashMap<>(builder.strings));
        this.arrays = Collections.unmodifiableMap(new LinkedHashMap<>(builder.arrays));
        this.objects = Collections.unmodifiableMap(new LinkedHashMap<>(builder.objects));
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The table that knows no variable. */
    public static Replacements empty() {
        return EMPTY;
    }

    /** A new builder holding this table's entries. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.strings.putAll(strings);
        builder.arrays.putAll(arrays);
        builder.objects.putAll(objects);
        return builder;
    }

    /** The string a variable stands for, if it is a string variable. */
    public Optional<String> string(String key) {
        return Optional.ofNullable(strings.get(key));
    }

    /** The elements of an array variable. */
    public Optional<List<String>> array(String key) {
        return Optional.ofNullable(arrays.get(key));
    }

    /** The properties of an object variable. */
    public Optional<Map<String, String>> object(String key) {
        return Optional.ofNullable(objects.get(key));
    }

    /** Whether no variable is known. */
    public boolean isEmpty() {
        return strings.isEmpty() && arrays.isEmpty() && objects.isEmpty();
    }

    @Override
    public String toString() {
        return "Replacements" + strings.keySet() + arrays.keySet() + objects.keySet();
    }

    /** Builds a {@link Replacements}. Later entries for the same key win. */
    public static final class Builder {

        private final Map<String, String> strings = new LinkedHashMap<>();
        private final Map<String, List<String>> arrays = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> objects = new LinkedHashMap<>();

        private Builder() {
        }

        /** A string variable. */
        public Builder string(String key, String value) {
            strings.put(key, value);
            arrays.remove(key);
            objects.remove(key);
            return this;
        }

        /** An array variable (expands in place as {@code $(key[*])} in lists). */
        public Builder array(String key, List<String> values) {
            arrays.put(key, List.copyOf(values));
            strings.remove(key);
            objects.remove(key);
            return this;
        }

        /** An object variable ({@code $(key.prop)}; {@code $(key[*])} in an object context). */
        public Builder object(String key, Map<String, String> values) {
            objects.put(key, Collections.unmodifiableMap(new LinkedHashMap<>(values)));
            strings.remove(key);
            arrays.remove(key);
            values.forEach((property, value) -> strings.put(key + "." + property, value));
            return this;
        }

        /** {@code prefix.name} in every spelling Tekton accepts, for a value of any shape. */
        public Builder param(String prefix, String name, ParamValue value) {
            for (String key : spellings(prefix, name)) {
                if (value instanceof ParamValue.Str text) {
                    string(key, text.value());
                } else if (value instanceof ParamValue.Arr arr) {
                    array(key, arr.values());
                } else if (value instanceof ParamValue.Obj obj) {
                    objects.put(key, obj.values());
                    strings.remove(key);
                    arrays.remove(key);
                }
            }
            if (value instanceof ParamValue.Obj obj) {
                obj.values().forEach((property, text) -> strings.put(prefix + "." + name + "." + property, text));
            }
            return this;
        }

        /** Removes {@code prefix.name} in every spelling, with its indexed and keyed forms. */
        public Builder remove(String prefix, String name) {
            for (String key : spellings(prefix, name)) {
                strings.remove(key);
                arrays.remove(key);
                objects.remove(key);
                strings.keySet().removeIf(other -> other.startsWith(key + ".") || other.startsWith(key + "["));
            }
            return this;
        }

        /** Adds every entry of {@code other}; its entries win. */
        public Builder putAll(Replacements other) {
            other.strings.forEach(this::string);
            other.arrays.forEach(this::array);
            other.objects.forEach((key, value) -> {
                objects.put(key, value);
                strings.remove(key);
                arrays.remove(key);
            });
            return this;
        }

        public Replacements build() {
            return new Replacements(this);
        }

        static List<String> spellings(String prefix, String name) {
            return List.of(prefix + "." + name, prefix + "[\"" + name + "\"]", prefix + "['" + name + "']");
        }
    }
}
