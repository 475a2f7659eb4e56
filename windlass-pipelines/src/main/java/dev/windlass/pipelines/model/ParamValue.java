package dev.windlass.pipelines.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The value of a param or result, one of Tekton's three shapes. Objects keep their key order.
 */
public sealed interface ParamValue permits ParamValue.Str, ParamValue.Arr, ParamValue.Obj {

    /** The shape of this value. */
    ParamType type();

    /** A string value. */
    static Str of(String value) {
        return new Str(value);
    }

    /** An array value. */
    static Arr of(List<String> values) {
        return new Arr(values);
    }

    /** An object value (string properties). */
    static Obj of(Map<String, String> values) {
        return new Obj(values);
    }

    /** A {@code string} value. */
    record Str(String value) implements ParamValue {
        public Str {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public ParamType type() {
            return ParamType.STRING;
        }
    }

    /** An {@code array} of strings. */
    record Arr(List<String> values) implements ParamValue {
        public Arr {
            values = List.copyOf(values);
        }

        @Override
        public ParamType type() {
            return ParamType.ARRAY;
        }
    }

    /** An {@code object} with string properties, in their written order. */
    record Obj(Map<String, String> values) implements ParamValue {
        public Obj {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        @Override
        public ParamType type() {
            return ParamType.OBJECT;
        }
    }
}
