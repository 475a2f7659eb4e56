package dev.windlass.engine.tracking;

import dev.windlass.model.KubeObject;
import java.util.Objects;
import java.util.Optional;

/**
 * Marks desired objects with the application that manages them and recognises those marks on live
 * objects, the way Argo CD's resource tracking does. With annotation tracking a mark copied onto
 * another object (a different kind, namespace or name) does not count, so copies are never pruned.
 *
 * @param method   label, annotation, or both
 * @param labelKey the instance label, {@code app.kubernetes.io/instance} by default
 */
public record Tracking(TrackingMethod method, String labelKey) {

    /** The annotation that holds the tracking id. */
    public static final String TRACKING_ID = "argocd.argoproj.io/tracking-id";

    /** Argo CD's default instance label key. */
    public static final String INSTANCE_LABEL = "app.kubernetes.io/instance";

    /** Label tracking with {@code app.kubernetes.io/instance}. */
    public static final Tracking DEFAULT = new Tracking(TrackingMethod.LABEL, INSTANCE_LABEL);

    /** Label values are at most 63 characters, so longer application names need annotation tracking. */
    public static final int MAX_LABEL_VALUE = 63;

    public Tracking {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(labelKey, "labelKey");
    }

    /** {@code desired} with the marks of {@code application} added. */
    public KubeObject mark(KubeObject desired, String application) {
        KubeObject marked = desired;
        if (method.writesLabel()) {
            marked = marked.withLabel(labelKey, application);
        }
        if (method.readsAnnotation()) {
            marked = marked.withAnnotation(TRACKING_ID, trackingId(desired, application));
        }
        return marked;
    }

    /** The application whose marks {@code live} carries, if any. */
    public Optional<String> application(KubeObject live) {
        if (!method.readsAnnotation()) {
            return live.label(labelKey).filter(value -> !value.isEmpty());
        }
        return live.annotation(TRACKING_ID).flatMap(id -> applicationOf(id, live));
    }

    /** True when {@code live} is managed by {@code application}. */
    public boolean isTrackedBy(KubeObject live, String application) {
        return application(live).map(application::equals).orElse(false);
    }

    /** Argo CD's tracking id: {@code app:group/kind:namespace/name}. */
    public static String trackingId(KubeObject object, String application) {
        return application + ":" + object.groupKind().group() + "/" + object.kind() + ":"
                + object.namespace() + "/" + object.name();
    }

    private static Optional<String> applicationOf(String id, KubeObject live) {
        int colon = id.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String application = id.substring(0, colon);
        return id.equals(trackingId(live, application)) ? Optional.of(application) : Optional.empty();
    }
}
