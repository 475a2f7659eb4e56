package dev.windlass.cli.rego;

/** The output formats of {@code windlass rego eval}, as {@code opa eval --format}. */
enum EvalFormat {
    /** The whole result as JSON (the default). */
    json,
    /** One JSON array of expression values per result. */
    values,
    /** One JSON object of variable bindings per result. */
    bindings,
    /** A value as JSON, or a table of bindings; {@code undefined} when there is no result. */
    pretty,
    /** Values for scripts: strings bare, anything else as compact JSON, one result per line. */
    raw
}
