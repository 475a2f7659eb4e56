package dev.windlass.sandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts a sandbox API server in-process for a test class and injects it, and a fabric8
 * {@code KubernetesClient} configured for it, into test and lifecycle method parameters:
 *
 * <pre>{@code
 * @WithSandbox(readyDelayMillis = 100)
 * class DeploymentHealthTest {
 *     @Test
 *     void becomesAvailable(KubernetesClient client) { ... }
 * }
 * }</pre>
 *
 * <p>One sandbox serves the whole class (start-up is tens of milliseconds); give each test its
 * own namespace, for example with {@link SandboxExtension#namespace}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(SandboxExtension.class)
public @interface WithSandbox {

    /** Run the simulated workload controllers. */
    boolean controllers() default true;

    /** How long simulated workloads take to become ready, in milliseconds. */
    long readyDelayMillis() default 200;

    /** How many recent changes a watch can resume from before it gets 410 Gone. */
    int watchHistory() default 50_000;

    /** Serve HTTPS with a token (as a real cluster does) rather than plain HTTP. */
    boolean tls() default true;
}
