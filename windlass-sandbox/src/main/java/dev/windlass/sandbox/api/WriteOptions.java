package dev.windlass.sandbox.api;

import java.util.function.Consumer;

/**
 * The options of a create, update or patch request.
 *
 * @param dryRun        {@code dryRun=All}: validate and return the result, store nothing
 * @param fieldManager  {@code fieldManager}, or null to derive one from the user agent
 * @param userAgent     the request's User-Agent header, or null
 * @param force         {@code force=true} on an apply patch: take conflicting fields
 * @param fieldsTracked managedFields are already computed (an apply patch): do not record an Update
 * @param fieldValidation {@code fieldValidation} ({@code Strict}, {@code Warn}, {@code Ignore}), or null
 *                      for the server default (Warn)
 * @param warnings      receives the request's warnings (each becomes a {@code Warning: 299 - "…"}
 *                      response header), or null to drop them
 */
public record WriteOptions(boolean dryRun, String fieldManager, String userAgent, boolean force,
                           boolean fieldsTracked, String fieldValidation, Consumer<String> warnings) {

    public static final WriteOptions DEFAULT = new WriteOptions(false, null, null, false, false, null, null);

    public WriteOptions(boolean dryRun, String fieldManager, String userAgent, boolean force, boolean fieldsTracked) {
        this(dryRun, fieldManager, userAgent, force, fieldsTracked, null, null);
    }

    /** Options for the sandbox's own controllers, which write as {@code manager}. */
    public static WriteOptions as(String manager) {
        return new WriteOptions(false, manager, null, false, false, null, null);
    }

    public WriteOptions withDryRun(boolean value) {
        return new WriteOptions(value, fieldManager, userAgent, force, fieldsTracked, fieldValidation, warnings);
    }

    /** Sends {@code text} as a warning to the client, when the request has one. */
    public void warn(String text) {
        if (warnings != null) {
            warnings.accept(text);
        }
    }

    WriteOptions withFieldsTracked() {
        return new WriteOptions(dryRun, fieldManager, userAgent, force, true, fieldValidation, warnings);
    }
}
