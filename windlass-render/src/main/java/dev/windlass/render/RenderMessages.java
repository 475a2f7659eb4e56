package dev.windlass.render;

import dev.windlass.model.tree.Node;

/**
 * Reason codes and message texts of the renderers, in one place so that wording stays consistent
 * and every message says what is wrong and what to do.
 */
public final class RenderMessages {

    /** A {@code directory.include} or {@code exclude} glob does not compile. */
    public static final String INVALID_GLOB = "InvalidGlob";
    /** The source path is not in the snapshot. */
    public static final String SOURCE_PATH_NOT_FOUND = "SourcePathNotFound";
    /** A YAML or JSON file holds no Kubernetes object at all (e.g. a Helm values file); it is skipped. */
    public static final String NOT_A_MANIFEST = "NotAManifest";
    /** A {@code .jsonnet} file was met; the directory renderer does not evaluate Jsonnet yet. */
    public static final String JSONNET_NOT_SUPPORTED = "JsonnetNotSupported";
    /** A document in a manifest file lacks {@code apiVersion} or {@code kind}. */
    public static final String MISSING_FIELD = "MissingField";
    /** {@code apiVersion} or {@code kind} is not a non-empty string. */
    public static final String WRONG_TYPE = "WrongType";
    /** A document in a manifest file is not a map. */
    public static final String NOT_AN_OBJECT = "NotAnObject";
    /** A file could not be read from the snapshot. */
    public static final String READ_FAILED = "ReadFailed";

    private RenderMessages() {
    }

    // ---- globs -------------------------------------------------------------------------------

    static String invalidGlob(String pattern, String problem) {
        return "invalid glob " + quote(pattern) + ": " + problem;
    }

    static String inOption(String option, String message) {
        return option + ": " + message;
    }

    static String globUnclosed(char open, char close, int position) {
        return "the " + quote(String.valueOf(open)) + " at position " + position + " is never closed with "
                + quote(String.valueOf(close)) + "; close it, or write " + quote("\\" + open)
                + " to match a literal " + quote(String.valueOf(open));
    }

    static String globTrailingEscape(int position) {
        return "the " + quote("\\") + " at position " + position + " escapes nothing; remove it, or write "
                + quote("\\\\") + " to match a backslash";
    }

    static String globRangeNotClosed(int position) {
        return "the character class at position " + position + " holds a range and more; Argo CD's globs allow"
                + " exactly one range like [a-z] or a list like [abc] between brackets: use {[a-z],[0-9]} for several";
    }

    static String globReversedRange(String lo, String hi, int position) {
        return "the range " + quote(lo + "-" + hi) + " at position " + position
                + " is reversed; write it from low to high, e.g. [" + hi + "-" + lo + "]";
    }

    static String globEmptyClass(int position) {
        return "the character class at position " + position + " is empty; put the characters to match between"
                + " the brackets, or write " + quote("\\[") + " to match a literal " + quote("[");
    }

    // ---- directory source --------------------------------------------------------------------

    static String sourcePathNotFound(String path, String revision) {
        String where = path.isEmpty() ? "the source root" : "source path " + quote(path);
        return where + " does not exist in " + revision + "; check the source path (spec.source.path)"
                + " against the repository at that revision";
    }

    static String notAManifest() {
        return "not a Kubernetes manifest (no apiVersion or kind); skipped";
    }

    static String jsonnetNotSupported() {
        return "jsonnet is not supported yet; file skipped";
    }

    static String readFailed(String detail) {
        return "cannot read the file (" + detail + "); check that it is readable";
    }

    /** {@code what} is e.g. {@code document 2} or {@code items[3] of document 1}. */
    static String missingField(String what, String field) {
        return what + " has no " + quote(field) + "; every Kubernetes object needs apiVersion and kind: add "
                + example(field);
    }

    static String wrongType(String what, String field, Node value) {
        String found = value.asText().isPresent() ? "an empty string" : typeName(value);
        return quote(field) + " of " + what + " must be a non-empty string, not " + found + ": write " + example(field);
    }

    static String notAnObject(String what, Node value) {
        return what + " is " + typeName(value) + ", not a Kubernetes object (a map with apiVersion and kind);"
                + " remove it, or move non-manifest data to a file the directory source does not read";
    }

    static String document(int index) {
        return "document " + (index + 1);
    }

    static String item(int itemIndex, int documentIndex) {
        return "items[" + itemIndex + "] of " + document(documentIndex);
    }

    private static String example(String field) {
        return field.equals("kind") ? "e.g. \"kind: ConfigMap\"" : "e.g. \"apiVersion: v1\" or \"apiVersion: apps/v1\"";
    }

    private static String typeName(Node value) {
        return switch (value.type()) {
            case MAP -> "a map";
            case LIST -> "a list";
            case INT, FLOAT -> "a number";
            case BOOL -> "a boolean";
            case NULL -> "null";
            case STRING -> "a string";
        };
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }
}
