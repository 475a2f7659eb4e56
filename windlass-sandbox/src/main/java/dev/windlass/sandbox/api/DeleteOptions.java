package dev.windlass.sandbox.api;

/**
 * The options of a delete request.
 *
 * @param propagation        how dependents are handled; null for the resource's default (Background)
 * @param preconditionUid    delete only if the object's uid is this (null: any)
 * @param preconditionVersion delete only if the object's resourceVersion is this (null: any)
 * @param dryRun             validate only
 */
public record DeleteOptions(Propagation propagation, String preconditionUid, String preconditionVersion, boolean dryRun) {

    public static final DeleteOptions DEFAULT = new DeleteOptions(null, null, null, false);

    /** {@code propagationPolicy}. */
    public enum Propagation {
        ORPHAN("Orphan"), BACKGROUND("Background"), FOREGROUND("Foreground");

        private final String wireName;

        Propagation(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static Propagation parse(String text) {
            for (Propagation p : values()) {
                if (p.wireName.equals(text)) {
                    return p;
                }
            }
            throw ApiException.badRequest("propagationPolicy: Unsupported value: \"" + text
                    + "\": supported values: \"Orphan\", \"Background\", \"Foreground\"");
        }
    }

    public static DeleteOptions propagate(Propagation propagation) {
        return new DeleteOptions(propagation, null, null, false);
    }
}
