package dev.windlass.pipelines.triggers;

import java.util.Optional;

/**
 * Tekton's {@code github} interceptor: JSON payloads only, {@code eventTypes} against
 * {@code X-GitHub-Event}, then {@code X-Hub-Signature-256} against the HMAC-SHA256 of the body keyed with
 * the {@code secretRef} Secret. {@code addChangedFiles} and {@code githubOwners} call GitHub's API and are
 * not run here (the reader warns).
 */
final class GithubInterceptor implements Interceptor {

    private final InterceptorParams params;
    private final SecretValues secrets;

    GithubInterceptor(InterceptorParams params, SecretValues secrets) {
        this.params = params;
        this.secrets = secrets;
    }

    @Override
    public InterceptorResult process(InterceptorRequest request) {
        if (request.header("Content-Type").equals("application/x-www-form-urlencoded")) {
            return InterceptorResult.stop("form parameter encoding not supported, please change the hook to send "
                    + "JSON payloads");
        }
        Optional<InterceptorResult> wrongEvent = params.checkEventType(request.header("X-GitHub-Event"));
        if (wrongEvent.isPresent()) {
            return wrongEvent.get();
        }
        if (params.secretRef().isEmpty()) {
            return InterceptorResult.pass();
        }
        InterceptorParams.SecretRef ref = params.secretRef().get();
        if (ref.secretKey().isEmpty()) {
            return InterceptorResult.stop("github interceptor secretRef.secretKey is empty");
        }
        String signature = request.header("X-Hub-Signature-256");
        if (signature.isEmpty()) {
            return InterceptorResult.unauthorized("no X-Hub-Signature-256 header set");
        }
        SecretValues.Lookup secret = secrets.get(request.namespace(), ref.secretName(), ref.secretKey());
        if (!secret.found()) {
            return InterceptorParams.secretProblem("github", secret);
        }
        String problem = HubSignature.check(signature, request.body(), secret.value());
        return problem.isEmpty() ? InterceptorResult.pass() : InterceptorResult.unauthorized(problem);
    }
}
