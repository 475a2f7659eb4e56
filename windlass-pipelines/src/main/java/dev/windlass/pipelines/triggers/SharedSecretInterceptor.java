package dev.windlass.pipelines.triggers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The shape Tekton's {@code gitlab} and {@code bitbucket} interceptors share: {@code eventTypes}
 * checked against the provider's event header, then the provider's credential header checked against
 * the {@code secretRef} Secret (a missing header or a mismatch is unauthorized: 401).
 */
final class SharedSecretInterceptor implements Interceptor {

    /** Checks a credential header's value against the secret; returns the problem, empty when it matches. */
    @FunctionalInterface
    interface Verifier {
        String check(String credential, byte[] body, byte[] secret);
    }

    private final String provider;
    private final String eventHeader;
    private final String credentialHeader;
    private final Verifier verifier;
    private final InterceptorParams params;
    private final SecretValues secrets;

    private SharedSecretInterceptor(String provider, String eventHeader, String credentialHeader, Verifier verifier,
            InterceptorParams params, SecretValues secrets) {
        this.provider = provider;
        this.eventHeader = eventHeader;
        this.credentialHeader = credentialHeader;
        this.verifier = verifier;
        this.params = params;
        this.secrets = secrets;
    }

    /** {@code gitlab}: {@code X-Gitlab-Event}, and {@code X-Gitlab-Token} equal (constant time) to the secret. */
    static SharedSecretInterceptor gitlab(InterceptorParams params, SecretValues secrets) {
        return new SharedSecretInterceptor("gitlab", "X-Gitlab-Event", "X-Gitlab-Token",
                (token, body, secret) -> MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), secret) ? ""
                        : "Invalid X-GitLab-Token",
                params, secrets);
    }

    /** {@code bitbucket} (Bitbucket Server): {@code X-Event-Key}, and {@code X-Hub-Signature} ({@code sha256=<hex>}). */
    static SharedSecretInterceptor bitbucket(InterceptorParams params, SecretValues secrets) {
        return new SharedSecretInterceptor("bitbucket", "X-Event-Key", "X-Hub-Signature", (signature, body, secret) -> {
            String problem = HubSignature.check(signature, body, secret);
            return problem.isEmpty() ? "" : "error validating signature: " + problem;
        }, params, secrets);
    }

    @Override
    public InterceptorResult process(InterceptorRequest request) {
        Optional<InterceptorResult> wrongEvent = params.checkEventType(request.header(eventHeader));
        if (wrongEvent.isPresent()) {
            return wrongEvent.get();
        }
        if (params.secretRef().isEmpty()) {
            return InterceptorResult.pass();
        }
        InterceptorParams.SecretRef ref = params.secretRef().get();
        if (ref.secretKey().isEmpty()) {
            return InterceptorResult.stop(provider + " interceptor secretRef.secretKey is empty");
        }
        String credential = request.header(credentialHeader);
        if (credential.isEmpty()) {
            return InterceptorResult.unauthorized("no " + credentialHeader + " header set");
        }
        SecretValues.Lookup secret = secrets.get(request.namespace(), ref.secretName(), ref.secretKey());
        if (!secret.found()) {
            return InterceptorParams.secretProblem(provider, secret);
        }
        String problem = verifier.check(credential, request.body(), secret.value());
        return problem.isEmpty() ? InterceptorResult.pass() : InterceptorResult.unauthorized(problem);
    }
}
