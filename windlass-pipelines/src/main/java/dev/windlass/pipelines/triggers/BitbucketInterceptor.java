package dev.windlass.pipelines.triggers;

import java.util.Optional;

/**
 * Tekton's {@code bitbucket} interceptor (Bitbucket Server): {@code eventTypes} against {@code X-Event-Key},
 * then {@code X-Hub-Signature} ({@code sha256=<hex>}) against the HMAC of the body keyed with the
 * {@code secretRef} Secret.
 */
final class BitbucketInterceptor implements Interceptor {

    private final InterceptorParams params;
    private final SecretValues secrets;

    BitbucketInterceptor(InterceptorParams params, SecretValues secrets) {
        this.params = params;
        this.secrets = secrets;
    }

    @Override
    public InterceptorResult process(InterceptorRequest request) {
        Optional<InterceptorResult> wrongEvent = params.checkEventType(request.header("X-Event-Key"));
        if (wrongEvent.isPresent()) {
            return wrongEvent.get();
        }
        if (params.secretRef().isEmpty()) {
            return InterceptorResult.pass();
        }
        InterceptorParams.SecretRef ref = params.secretRef().get();
        if (ref.secretKey().isEmpty()) {
            return InterceptorResult.stop("bitbucket interceptor secretRef.secretKey is empty");
        }
        String signature = request.header("X-Hub-Signature");
        if (signature.isEmpty()) {
            return InterceptorResult.unauthorized("no X-Hub-Signature header set");
        }
        SecretValues.Lookup secret = secrets.get(request.namespace(), ref.secretName(), ref.secretKey());
        if (!secret.found()) {
            return InterceptorParams.secretProblem("bitbucket", secret);
        }
        String problem = HubSignature.check(signature, request.body(), secret.value());
        return problem.isEmpty() ? InterceptorResult.pass()
                : InterceptorResult.unauthorized("error validating signature: " + problem);
    }
}
