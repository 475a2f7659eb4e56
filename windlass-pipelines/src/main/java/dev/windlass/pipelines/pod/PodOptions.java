package dev.windlass.pipelines.pod;

import java.util.Objects;
import java.util.Optional;

/**
 * How the cluster executor makes Pods.
 *
 * @param shellImage the image of the {@code place-scripts} and {@code report} containers: any image
 *        with a POSIX {@code sh}, {@code base64}, {@code tr} and {@code cat}
 * @param serviceAccountName overrides the service account the run asks for
 */
public record PodOptions(String shellImage, Optional<String> serviceAccountName) {

    /** {@link PodLayout#DEFAULT_SHELL_IMAGE}, and the run's own service account. */
    public static final PodOptions DEFAULT = new PodOptions(PodLayout.DEFAULT_SHELL_IMAGE, Optional.empty());

    public PodOptions {
        Objects.requireNonNull(shellImage, "shellImage");
        Objects.requireNonNull(serviceAccountName, "serviceAccountName");
    }

    /** These options with another shell image. */
    public PodOptions withShellImage(String image) {
        return new PodOptions(image, serviceAccountName);
    }
}
