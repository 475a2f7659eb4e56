package dev.windlass.pipelines.subst;

import dev.windlass.pipelines.model.ParamValue;
import java.util.List;
import java.util.Map;

/**
 * An immutable table of what each {@code $(...)} variable stands for: strings, arrays and objects,
 * keyed by the variable without {@code $( )} ({@code params.url}, {@code context.taskRun.name}).
 * {@link Builder#param} adds every spelling Tekton accepts ({@code params.x}, {@code params["x"]},
 * {@code params['x']}, {@code params.obj.key}, {@code params.arr[i]}).
 */
public final class Replacements {

    private Replacements() {
    }

    /** An empty builder. */
    public static Builder builder() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** A new builder holding this table's entries. */
    public Builder toBuilder() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Builds a {@link Replacements}. */
    public static final class Builder {

        private Builder() {
        }

        /** A string variable. */
        public Builder string(String key, String value) {
            throw new UnsupportedOperationException("not written yet");
        }

        /** An array variable (expands in place as {@code $(key[*])} in lists). */
        public Builder array(String key, List<String> values) {
            throw new UnsupportedOperationException("not written yet");
        }

        /** An object variable ({@code $(key.prop)}; {@code $(key[*])} in an object context). */
        public Builder object(String key, Map<String, String> values) {
            throw new UnsupportedOperationException("not written yet");
        }

        /** {@code prefix.name} in every spelling Tekton accepts, for a value of any shape. */
        public Builder param(String prefix, String name, ParamValue value) {
            throw new UnsupportedOperationException("not written yet");
        }

        public Replacements build() {
            throw new UnsupportedOperationException("not written yet");
        }
    }
}
