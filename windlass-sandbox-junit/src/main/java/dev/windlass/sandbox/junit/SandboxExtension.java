package dev.windlass.sandbox.junit;

import dev.windlass.sandbox.Sandbox;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link WithSandbox}: one sandbox and one client per test class,
 * closed when the class finishes. Resolves parameters of type {@link Sandbox} and
 * {@link KubernetesClient}.
 */
public final class SandboxExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(SandboxExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Sandbox.class || type == KubernetesClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = running(context);
        return parameter.getParameter().getType() == Sandbox.class ? running.sandbox() : running.client();
    }

    /** Creates a namespace named after the test (lowercased, unique within the class) and returns its name. */
    public static String namespace(KubernetesClient client, String testName) {
        String name = testName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-").replaceAll("-+", "-");
        name = name.length() > 50 ? name.substring(0, 50) : name;
        name = name.replaceAll("^-|-$", "");
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
                .create();
        return name;
    }

    private static Running running(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(STORE).getOrComputeIfAbsent(Running.class,
                key -> Running.start(settings(classContext)), Running.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private static WithSandbox settings(ExtensionContext context) {
        return context.getTestClass().map(c -> c.getAnnotation(WithSandbox.class)).orElse(null);
    }

    /** A started sandbox and its client, closed with the class's store. */
    record Running(Sandbox sandbox, KubernetesClient client) implements AutoCloseable {

        static Running start(WithSandbox settings) {
            boolean controllers = settings == null || settings.controllers();
            long delay = settings == null ? 200 : settings.readyDelayMillis();
            boolean tls = settings == null || settings.tls();
            int history = settings == null ? 50_000 : settings.watchHistory();
            Sandbox sandbox = Sandbox.builder().controllers(controllers).readyDelay(Duration.ofMillis(delay))
                    .tls(tls).authentication(tls).watchHistory(history).start();
            return new Running(sandbox, new KubernetesClientBuilder().withConfig(config(sandbox, tls)).build());
        }

        private static Config config(Sandbox sandbox, boolean tls) {
            if (tls) {
                return Config.fromKubeconfig(sandbox.kubeconfig().toYaml());
            }
            return new ConfigBuilder(Config.empty()).withMasterUrl(sandbox.url()).withNamespace("default").build();
        }

        @Override
        public void close() {
            client.close();
            sandbox.close();
        }
    }
}
