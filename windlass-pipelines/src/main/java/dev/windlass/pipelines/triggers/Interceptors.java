package dev.windlass.pipelines.triggers;

import dev.windlass.model.tree.Node;
import java.util.Set;

/** Builds the interceptor an {@link InterceptorSpec} names. */
final class Interceptors {

    /** The core interceptors Windlass runs. */
    static final Set<String> SUPPORTED = Set.of("github", "gitlab", "bitbucket", "cel");

    private Interceptors() {
    }

    static Interceptor create(InterceptorSpec spec, SecretValues secrets, TriggersCel cel) {
        switch (spec.name()) {
            case "github":
                return new GithubInterceptor(InterceptorParams.of(spec.params()), secrets, spec.params().getMap("addChangedFiles")
                        .flatMap(m -> m.get("enabled")).filter(v -> v.equals(Node.of(true))).isPresent());
            case "gitlab":
                return SharedSecretInterceptor.gitlab(InterceptorParams.of(spec.params()), secrets);
            case "bitbucket":
                return SharedSecretInterceptor.bitbucket(InterceptorParams.of(spec.params()), secrets);
            case "cel":
                return CelInterceptor.compile(CelSpec.of(spec.params()), cel);
            default:
                return request -> InterceptorResult.stop("interceptor " + spec.name() + " is not supported");
        }
    }
}
