package dev.windlass.sandbox.apply;

/**
 * One field an apply would change that another manager owns.
 *
 * @param manager            the other manager's name
 * @param managerDescription how messages name it: {@code "kubectl-edit" using apps/v1}
 * @param identity           the other entry's identity ({@link ManagedFieldsEntry#identity()})
 * @param path               the field
 */
public record ApplyConflict(String manager, String managerDescription, String identity, ManagedPath path) {

    static ApplyConflict of(ManagedFieldsEntry owner, ManagedPath path) {
        return new ApplyConflict(owner.manager(), owner.describe(), owner.identity(), path);
    }

    /** The field in the API server's form, the {@code field} of the Status cause. */
    public String field() {
        return path.toString();
    }

    /** The message of the Status cause ({@code FieldManagerConflict}). */
    public String message() {
        return "conflict with " + managerDescription;
    }
}
