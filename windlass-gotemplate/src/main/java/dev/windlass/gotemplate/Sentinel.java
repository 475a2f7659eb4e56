package dev.windlass.gotemplate;

/** Values with no Java counterpart that execution passes around. */
enum Sentinel {
    /** Go's invalid {@code reflect.Value}: a missing map key or nil data; prints as {@code <no value>}. */
    NO_VALUE,
    /** No value piped into a command (Go's {@code missingVal}). */
    MISSING;

    @Override
    public String toString() {
        return this == NO_VALUE ? "<no value>" : "<missing>";
    }
}
