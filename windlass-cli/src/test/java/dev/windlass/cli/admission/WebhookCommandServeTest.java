package dev.windlass.cli.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.server.admission.WebhookTls;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code windlass policy webhook} serving a real policy directory over HTTPS until stopped. */
class WebhookCommandServeTest {

    private static final String POLICY = """
            apiVersion: templates.gatekeeper.sh/v1
            kind: ConstraintTemplate
            metadata:
              name: k8sdisallowedname
            spec:
              crd:
                spec:
                  names:
                    kind: K8sDisallowedName
                  validation:
                    openAPIV3Schema:
                      type: object
                      properties:
                        name:
                          type: string
              targets:
                - target: admission.k8s.gatekeeper.sh
                  rego: |
                    package k8sdisallowedname

                    violation[{"msg": msg}] {
                      input.review.object.metadata.name == input.parameters.name
                      msg := sprintf("the name %v is not allowed", [input.parameters.name])
                    }
            ---
            apiVersion: constraints.gatekeeper.sh/v1beta1
            kind: K8sDisallowedName
            metadata:
              name: no-test
            spec:
              parameters:
                name: test
            """;

    @TempDir
    Path temp;

    private static String review(String name) {
        return "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u-" + name
                + "\",\"kind\":{\"group\":\"\",\"version\":\"v1\",\"kind\":\"ConfigMap\"},\"namespace\":\"default\","
                + "\"operation\":\"CREATE\",\"userInfo\":{\"username\":\"bob\"},\"object\":{\"apiVersion\":\"v1\","
                + "\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"default\"}}}}";
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // hang guard only: the command serves until the test stops it
    void serve_reviewsWithThePolicyDirectory_printsDecisions_andStops() throws Exception {
        Files.createDirectories(temp.resolve("policies/sub"));
        Files.writeString(temp.resolve("policies/sub/policy.yaml"), POLICY);
        Path certs = temp.resolve("certs");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        WebhookCommand command = new WebhookCommand();
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> line.execute("--policy",
                temp.resolve("policies").toString(), "--cert-dir", certs.toString(), "--host", "127.0.0.1", "--port", "0"));
        int port = awaitPort(out, exit);
        HttpClient client = HttpClient.newBuilder().sslContext(WebhookTls.load(certs.resolve("tls.crt"),
                certs.resolve("tls.key"), certs.resolve("ca.crt")).clientContext()).build();

        String denied = post(client, port, review("test"));
        String allowed = post(client, port, review("prod"));
        command.stop.countDown();

        assertThat(exit.get()).as(err.toString()).isZero();
        assertThat(denied).contains("\"allowed\":false").contains("[no-test] the name test is not allowed");
        assertThat(allowed).contains("\"allowed\":true");
        assertThat(out.toString()).contains("1 constraint kinds")
                .contains("DENY CREATE v1 ConfigMap default/test user=bob")
                .contains("ALLOW CREATE v1 ConfigMap default/prod user=bob");
    }

    private static String post(HttpClient client, int port, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/v1/admit"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int awaitPort(StringWriter out, CompletableFuture<Integer> exit) throws Exception {
        Pattern serving = Pattern.compile("admission webhook at https://127\\.0\\.0\\.1:(\\d+)/v1/admit");
        while (true) {
            Matcher matcher = serving.matcher(out.toString());
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            if (exit.isDone()) {
                throw new AssertionError("the command ended with " + exit.get() + " before serving: " + out);
            }
            Thread.sleep(20);
        }
    }
}
