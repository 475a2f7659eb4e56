package dev.windlass.pipelines.triggers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Tekton's {@code gitlab} interceptor: {@code eventTypes} against {@code X-Gitlab-Event}, then
 * {@code X-Gitlab-Token} equal (in constant time) to the {@code secretRef} Secret's value.
 */
final class GitlabInterceptor implements Interceptor {

    private final InterceptorParams params;
    private final SecretValues secrets;

    GitlabInterceptor(InterceptorParams params, SecretValues secrets) {
        this.params = params;
        this.secrets = secrets;
    }

    @Override
    public InterceptorResult process(InterceptorRequest request) {
        Optional<InterceptorResult> wrongEvent = params.checkEventType(request.header("X-Gitlab-Event"));
        if (wrongEvent.isPresent()) {
            return wrongEvent.get();
        }
        if (params.secretRef().isEmpty()) {
            return InterceptorResult.pass();
        }
        InterceptorParams.SecretRef ref = params.secretRef().get();
        if (ref.secretKey().isEmpty()) {
            return InterceptorResult.stop("gitlab interceptor secretRef.secretKey is empty");
        }
        String token = request.header("X-Gitlab-Token");
        if (token.isEmpty()) {
            return InterceptorResult.unauthorized("no X-Gitlab-Token header set");
        }
        SecretValues.Lookup secret = secrets.get(request.namespace(), ref.secretName(), ref.secretKey());
        if (!secret.found()) {
            return InterceptorParams.secretProblem("gitlab", secret);
        }
        boolean same = MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), secret.value());
        return same ? InterceptorResult.pass() : InterceptorResult.unauthorized("Invalid X-GitLab-Token");
    }
}
