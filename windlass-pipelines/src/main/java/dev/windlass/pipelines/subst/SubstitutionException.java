package dev.windlass.pipelines.subst;

/** A variable used where its shape cannot go, or references nested too deep. */
public final class SubstitutionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SubstitutionException(String message) {
        super(message);
    }
}
