package dev.windlass.cli.admission;

import dev.windlass.cli.up.UpDurations;
import dev.windlass.model.Issue;
import dev.windlass.policy.Inventory;
import dev.windlass.policy.PolicyException;
import dev.windlass.policy.PolicySet;
import dev.windlass.server.Endpoint;
import dev.windlass.server.admission.AdmissionHandler;
import dev.windlass.server.admission.AdmissionOptions;
import dev.windlass.server.admission.AdmissionPolicy;
import dev.windlass.server.admission.AdmissionServer;
import dev.windlass.server.admission.ErrorPolicy;
import dev.windlass.server.admission.FailurePolicy;
import dev.windlass.server.admission.NamespaceLookup;
import dev.windlass.server.admission.WebhookConfigurations;
import dev.windlass.server.admission.WebhookSettings;
import dev.windlass.server.admission.WebhookTls;
import dev.windlass.server.admission.WebhookTlsException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code windlass policy webhook}: serves Gatekeeper's validating admission webhook over HTTPS with the
 * ConstraintTemplates, constraints and Config of {@code --policy}, or prints the
 * ValidatingWebhookConfiguration that installs it.
 */
@Command(name = "webhook", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Serve Gatekeeper's validating admission webhook (POST /v1/admit, AdmissionReview v1) over HTTPS.",
            "",
            "Reviews every admission request against the ConstraintTemplates, constraints and Config in --policy, "
                    + "answering as Gatekeeper does: deny violations refuse with 403 and one '[constraint] message' "
                    + "line each, warn violations become warnings. Without --tls-cert-file a CA and serving certificate "
                    + "are generated in --cert-dir (kept and renewed there). Prints one line per decision. Stop with Ctrl-C."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  # Print the ValidatingWebhookConfiguration for a Service, then install it",
            "  windlass policy webhook --print-config --service windlass-webhook-service --namespace windlass-system \\",
            "      | kubectl apply -f -",
            "",
            "  # Serve outside the cluster, reachable by the API server at https://10.0.0.5:8443",
            "  windlass policy webhook --policy policies/ --url https://10.0.0.5:8443 --exempt-namespace kube-system"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped, or the configuration was printed",
            "1:the policies, certificates or port cannot be used",
            "2:usage error: unknown option or bad value"})
public final class WebhookCommand implements Callable<Integer> {

    private static final int USAGE = 2;
    private static final int FAILED = 1;

    @Option(names = "--policy", paramLabel = "PATH",
            description = "A file or directory (read recursively) of ConstraintTemplates, constraints and a Config (repeatable).")
    List<String> policies = new ArrayList<>();

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "0.0.0.0",
            description = "The address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8443", description = "The port (default: ${DEFAULT-VALUE}; 0 for a free one).")
    int port;

    @Option(names = "--cert-dir", paramLabel = "DIR",
            description = "Where generated certificates are kept: ca.crt, ca.key, tls.crt, tls.key (default: $WINDLASS_HOME/webhook-certs).")
    Path certDir;

    @Option(names = "--tls-cert-file", paramLabel = "FILE", description = "Serve this PEM certificate (chain) instead of a generated one.")
    Path tlsCertFile;

    @Option(names = "--tls-private-key-file", paramLabel = "FILE", description = "The PEM private key of --tls-cert-file.")
    Path tlsKeyFile;

    @Option(names = "--tls-ca-file", paramLabel = "FILE",
            description = "The CA of --tls-cert-file, for the configuration's caBundle (omitted without it).")
    Path tlsCaFile;

    @Option(names = "--tls-min-version", paramLabel = "VERSION", defaultValue = "1.3",
            description = "The oldest TLS version accepted: 1.2 or 1.3 (default: ${DEFAULT-VALUE}, as Gatekeeper).")
    String tlsMinVersion;

    @Option(names = "--failure-policy", paramLabel = "POLICY", defaultValue = "Ignore",
            description = "What the API server does when the webhook does not answer: Ignore or Fail (default: ${DEFAULT-VALUE}).")
    String failurePolicy;

    @Option(names = "--on-error", paramLabel = "ACTION", defaultValue = "deny",
            description = "What the webhook answers when a policy fails to evaluate or times out: deny (as Gatekeeper) or allow "
                    + "(with a warning) (default: ${DEFAULT-VALUE}).")
    String onError;

    @Option(names = "--request-timeout", paramLabel = "DURATION", defaultValue = "2500ms", converter = UpDurations.class,
            description = "How long one review may take before --on-error answers; keep it below --timeout-seconds "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration requestTimeout;

    @Option(names = "--timeout-seconds", paramLabel = "N", defaultValue = "3",
            description = "The configuration's timeoutSeconds (default: ${DEFAULT-VALUE}, as Gatekeeper's chart).")
    int timeoutSeconds;

    @Option(names = "--service", paramLabel = "NAME", description = "The Service in front of the webhook (default: "
            + WebhookSettings.DEFAULT_SERVICE + ").")
    String service;

    @Option(names = "--namespace", paramLabel = "NS", description = "The Service's namespace, never reviewed (default: "
            + WebhookSettings.DEFAULT_NAMESPACE + ").")
    String namespace;

    @Option(names = "--service-port", paramLabel = "N", defaultValue = "443",
            description = "The Service's port (default: ${DEFAULT-VALUE}).")
    int servicePort;

    @Option(names = "--url", paramLabel = "URL",
            description = "Reach the webhook at this https URL instead of a Service (a webhook outside the cluster).")
    String url;

    @Option(names = "--exempt-namespace", paramLabel = "NS",
            description = "Never review objects in NS, and leave NS out of the configuration's namespaceSelector (repeatable).")
    List<String> exemptNamespaces = new ArrayList<>();

    @Option(names = "--enable-delete-operations", description = "Also send DELETE requests (Gatekeeper's enableDeleteOperations).")
    boolean deleteOperations;

    @Option(names = "--max-serving-threads", paramLabel = "N", defaultValue = "-1",
            description = "Requests reviewed at once; -1 for one per processor (default: ${DEFAULT-VALUE}, as Gatekeeper).")
    int maxServingThreads;

    @Option(names = "--print-config", description = "Print the ValidatingWebhookConfiguration YAML and exit.")
    boolean printConfig;

    @Spec
    CommandSpec spec;

    /** Counted down to stop serving; tests stop the command with it, Ctrl-C ends the JVM. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WebhookSettings settings;
        ErrorPolicy errorPolicy;
        AdmissionOptions options;
        try {
            settings = settings();
            errorPolicy = errorPolicy();
            options = options();
        } catch (IllegalArgumentException e) {
            return fail(err, USAGE, e.getMessage());
        }
        WebhookTls tls;
        try {
            tls = tls();
        } catch (WebhookTlsException e) {
            return fail(err, FAILED, e.getMessage());
        }
        if (tls.caBundle().isPresent()) {
            settings = settings.withCaBundle(tls.caBundle().get());
        }
        if (printConfig) {
            out.print(WebhookConfigurations.yaml(settings));
            out.flush();
            return 0;
        }
        return serve(tls, errorPolicy, options, settings, out, err);
    }

    private int serve(WebhookTls tls, ErrorPolicy errorPolicy, AdmissionOptions options, WebhookSettings settings,
                      PrintWriter out, PrintWriter err) throws Exception {
        if (policies.isEmpty()) {
            return fail(err, USAGE, "give --policy PATH with the ConstraintTemplates and constraints to enforce");
        }
        PolicyFiles.Loaded loaded = PolicyFiles.read(policies);
        loaded.issues().forEach(issue -> err.println(issue));
        if (loaded.hasErrors()) {
            return fail(err, FAILED, "the policies cannot be read; fix the errors above");
        }
        PolicySet policySet;
        try {
            policySet = PolicySet.of(loaded.objects());
        } catch (PolicyException e) {
            return fail(err, FAILED, e.getMessage());
        }
        AdmissionHandler handler = new AdmissionHandler(AdmissionPolicy.of(() -> policySet, Inventory::empty), errorPolicy,
                Set.copyOf(exemptNamespaces), NamespaceLookup.NONE);
        Object lock = new Object();
        try (AdmissionServer server = AdmissionServer.start(handler, tls, options, line -> {
            synchronized (lock) {
                out.println(line);
                out.flush();
            }
        })) {
            Thread onExit = new Thread(server::close, "windlass-webhook-stop");
            Runtime.getRuntime().addShutdownHook(onExit);
            synchronized (lock) {
                out.println(WebhookMessages.serving(server.port(), options.host(), policySet.constraintKinds().size(),
                        settings.failurePolicy(), errorPolicy));
                out.flush();
            }
            stop.await();
            Runtime.getRuntime().removeShutdownHook(onExit);
            return 0;
        } catch (IOException e) {
            return fail(err, FAILED, "cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage()
                    + "; choose another --port");
        }
    }

    private WebhookSettings settings() {
        if (url != null && (service != null || namespace != null)) {
            throw new IllegalArgumentException("give either --url or --service/--namespace, not both");
        }
        if ((tlsCertFile == null) != (tlsKeyFile == null)) {
            throw new IllegalArgumentException("give --tls-cert-file and --tls-private-key-file together");
        }
        WebhookSettings settings = url != null ? WebhookSettings.forUrl(url)
                : WebhookSettings.forService(service != null ? service : WebhookSettings.DEFAULT_SERVICE,
                namespace != null ? namespace : WebhookSettings.DEFAULT_NAMESPACE, servicePort);
        return settings.withFailurePolicy(FailurePolicy.parse(failurePolicy)).withTimeoutSeconds(timeoutSeconds)
                .withExemptNamespaces(exemptNamespaces).withDeleteOperations(deleteOperations);
    }

    private ErrorPolicy errorPolicy() {
        String value = onError.toLowerCase(Locale.ROOT);
        if (value.equals("deny")) {
            return ErrorPolicy.DENY;
        }
        if (value.equals("allow")) {
            return ErrorPolicy.ALLOW;
        }
        throw new IllegalArgumentException("--on-error must be deny or allow, was '" + onError + "'");
    }

    private AdmissionOptions options() {
        int threads = maxServingThreads < 1 ? Runtime.getRuntime().availableProcessors() : maxServingThreads;
        return AdmissionOptions.DEFAULT.withHost(host).withPort(port).withRequestTimeout(requestTimeout)
                .withThreads(threads).withTlsMinVersion(tlsMinVersion);
    }

    private WebhookTls tls() throws WebhookTlsException {
        if (tlsCertFile != null) {
            return WebhookTls.load(tlsCertFile, tlsKeyFile, tlsCaFile);
        }
        Path dir = certDir != null ? certDir : Endpoint.defaultLocation().getParent().resolve("webhook-certs");
        return WebhookTls.loadOrGenerate(dir, hosts(), Instant.now());
    }

    /** The Service's names, localhost, and the --url host when there is one. */
    private List<String> hosts() {
        String svc = service != null ? service : WebhookSettings.DEFAULT_SERVICE;
        String ns = namespace != null ? namespace : WebhookSettings.DEFAULT_NAMESPACE;
        List<String> extra = url == null ? List.of() : List.of(URI.create(url).getHost());
        return WebhookTls.serviceHosts(svc, ns, extra);
    }

    private static int fail(PrintWriter err, int code, String message) {
        err.println("windlass policy webhook: " + message);
        err.flush();
        return code;
    }
}
