package dev.windlass.engine.cluster;

/**
 * How one server-side apply is made.
 *
 * @param dryRun true to have the server validate and default the object without storing it
 *               ({@code dryRun=All})
 * @param force  true to take ownership of fields other managers own ({@code force=true}); only when
 *               the sync option asks for it
 */
public record ApplyOptions(boolean dryRun, boolean force) {

    /** A real apply that fails on conflicts with other field managers. */
    public static final ApplyOptions APPLY = new ApplyOptions(false, false);

    /** A server-side dry run. */
    public static final ApplyOptions DRY_RUN = new ApplyOptions(true, false);

    public ApplyOptions withForce(boolean value) {
        return new ApplyOptions(dryRun, value);
    }
}
