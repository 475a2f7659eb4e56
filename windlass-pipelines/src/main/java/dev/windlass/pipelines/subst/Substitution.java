package dev.windlass.pipelines.subst;

import dev.windlass.model.tree.Node;

/**
 * Tekton's {@code $(...)} substitution over strings and YAML trees. Unknown variables are left as
 * written (a later stage may know them); an array or object variable in a string context, and
 * references nested deeper than the bound, are errors raised as {@link SubstitutionException}.
 */
public final class Substitution {

    /** How many levels of references inside references are followed before giving up. */
    public static final int MAX_DEPTH = 10;

    private Substitution() {
    }

    /** Substitutes within one string (string context: arrays and objects are errors). */
    public static String apply(String text, Replacements replacements) {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * Substitutes within every string of a tree. A list element that is exactly
     * {@code $(params.arr[*])} expands into the array's elements; a map value that is exactly
     * {@code $(params.obj[*])} becomes the object.
     */
    public static Node apply(Node tree, Replacements replacements) {
        throw new UnsupportedOperationException("not written yet");
    }
}
