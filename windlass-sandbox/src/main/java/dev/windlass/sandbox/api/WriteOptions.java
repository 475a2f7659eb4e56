package dev.windlass.sandbox.api;

/**
 * The options of a create, update or patch request.
 *
 * @param dryRun        {@code dryRun=All}: validate and return the result, store nothing
 * @param fieldManager  {@code fieldManager}, or null to derive one from the user agent
 * @param userAgent     the request's User-Agent header, or null
 * @param force         {@code force=true} on an apply patch: take conflicting fields
 * @param fieldsTracked managedFields are already computed (an apply patch): do not record an Update
 */
public record WriteOptions(boolean dryRun, String fieldManager, String userAgent, boolean force,
                           boolean fieldsTracked) {

    public static final WriteOptions DEFAULT = new WriteOptions(false, null, null, false, false);

    /** Options for the sandbox's own controllers, which write as {@code manager}. */
    public static WriteOptions as(String manager) {
        return new WriteOptions(false, manager, null, false, false);
    }

    public WriteOptions withDryRun(boolean value) {
        return new WriteOptions(value, fieldManager, userAgent, force, fieldsTracked);
    }

    WriteOptions withFieldsTracked() {
        return new WriteOptions(dryRun, fieldManager, userAgent, force, true);
    }
}
