package dev.windlass.pipelines.triggers;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.Optional;

/**
 * Tekton's {@code github} interceptor: JSON payloads only, {@code eventTypes} against
 * {@code X-GitHub-Event}, then {@code X-Hub-Signature-256} against the HMAC-SHA256 of the body keyed with
 * the {@code secretRef} Secret; then {@code addChangedFiles} for push events ({@code extensions.changed_files}
 * from the payload's commits). Changed files of pull requests and {@code githubOwners} need GitHub's API and
 * are not run here (the reader warns).
 */
final class GithubInterceptor implements Interceptor {

    private final InterceptorParams params;
    private final SecretValues secrets;
    private final boolean addChangedFiles;

    GithubInterceptor(InterceptorParams params, SecretValues secrets, boolean addChangedFiles) {
        this.params = params;
        this.secrets = secrets;
        this.addChangedFiles = addChangedFiles;
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
        if (params.secretRef().isPresent()) {
            InterceptorResult signed = checkSignature(params.secretRef().get(), request);
            if (!signed.passes()) {
                return signed;
            }
        }
        return addChangedFiles ? changedFiles(request) : InterceptorResult.pass();
    }

    /** {@code addChangedFiles} for a push; other events pass without it (pull requests need the GitHub API). */
    private static InterceptorResult changedFiles(InterceptorRequest request) {
        if (!request.header("X-GitHub-Event").equals("push")) {
            return InterceptorResult.pass();
        }
        ChangedFiles.Found found = ChangedFiles.ofPush(request.json());
        if (found.problem() != null) {
            return InterceptorResult.stop(found.problem());
        }
        return InterceptorResult.pass(MapNode.builder().put("changed_files", Node.of(found.files())).build());
    }

    private InterceptorResult checkSignature(InterceptorParams.SecretRef ref, InterceptorRequest request) {
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
