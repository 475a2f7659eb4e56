package dev.windlass.gotemplate;

/** Go's {@code missingkey} option: what indexing a map with an absent key yields. */
public enum MissingKey {
    /** {@code missingkey=default} (also {@code invalid}): no value, printed as {@code <no value>}. */
    DEFAULT,
    /** {@code missingkey=zero}: the map element type's zero value ({@code nil} for interface maps). */
    ZERO,
    /** {@code missingkey=error}: execution stops with {@code map has no entry for key "k"}. */
    ERROR
}
