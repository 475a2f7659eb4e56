package dev.windlass.engine.tracking;

/**
 * How an object records the application that manages it, as Argo CD's
 * {@code application.resourceTrackingMethod} setting.
 */
public enum TrackingMethod {
    /** The instance label ({@code app.kubernetes.io/instance} by default) holds the application name. */
    LABEL,
    /** The annotation {@code argocd.argoproj.io/tracking-id} holds {@code app:group/kind:namespace/name}. */
    ANNOTATION,
    /** Both are written; the annotation decides. */
    ANNOTATION_AND_LABEL;

    /** Parses Argo CD's spelling: {@code label}, {@code annotation} or {@code annotation+label}. */
    public static java.util.Optional<TrackingMethod> parse(String text) {
        return switch (text.trim()) {
            case "label" -> java.util.Optional.of(LABEL);
            case "annotation" -> java.util.Optional.of(ANNOTATION);
            case "annotation+label" -> java.util.Optional.of(ANNOTATION_AND_LABEL);
            default -> java.util.Optional.empty();
        };
    }

    boolean writesLabel() {
        return this != ANNOTATION;
    }

    boolean readsAnnotation() {
        return this != LABEL;
    }
}
