package dev.windlass.cli.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.server.admission.WebhookTls;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code windlass policy webhook}: options, the printed configuration and the certificates it uses. */
class WebhookCommandTest {

    @TempDir
    Path temp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(WebhookCommand command, String... args) {
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    int run(String... args) {
        return run(new WebhookCommand(), args);
    }

    static MapNode yaml(String text) {
        return (MapNode) YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES).read("out.yaml", text)
                .documents().get(0).content();
    }

    static Node at(MapNode node, String... keys) {
        FieldPath path = FieldPath.root().key("webhooks").index(0);
        for (String key : keys) {
            path = path.key(key);
        }
        return node.at(path).orElseThrow(() -> new AssertionError("missing " + List.of(keys)));
    }

    @Test
    void printConfig_printsTheServiceConfiguration_withTheGeneratedCaAsCaBundle() throws Exception {
        Path certs = temp.resolve("certs");

        int exit = run("--print-config", "--cert-dir", certs.toString(), "--service", "hook", "--namespace", "policy");

        assertThat(exit).as(err.toString()).isZero();
        MapNode config = yaml(out.toString());
        assertThat(at(config, "clientConfig", "service")).isEqualTo(MapNode.of("name", "hook", "namespace", "policy",
                "path", "/v1/admit", "port", 443L));
        String pem = new String(Base64.getDecoder().decode(at(config, "clientConfig", "caBundle").asText().orElseThrow()),
                StandardCharsets.US_ASCII);
        assertThat(pem).isEqualTo(Files.readString(certs.resolve("ca.crt")));
        X509Certificate serving = WebhookTls.load(certs.resolve("tls.crt"), certs.resolve("tls.key"), null)
                .servingCertificate();
        assertThat(serving.getSubjectX500Principal().getName()).isEqualTo("CN=hook.policy.svc");
    }

    @Test
    void printConfig_withUrl_pointsAtIt_andTheCertificateNamesItsHost() throws Exception {
        Path certs = temp.resolve("certs");

        int exit = run("--print-config", "--cert-dir", certs.toString(), "--url", "https://10.1.2.3:8443");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(at(yaml(out.toString()), "clientConfig", "url")).isEqualTo(Node.of("https://10.1.2.3:8443/v1/admit"));
        List<Object> names = new ArrayList<>();
        WebhookTls.load(certs.resolve("tls.crt"), certs.resolve("tls.key"), null).servingCertificate()
                .getSubjectAlternativeNames().forEach(entry -> names.add(entry.get(1)));
        assertThat(names).contains("10.1.2.3", "localhost");
    }

    @Test
    void printConfig_carriesFailurePolicyExemptionsDeleteAndTimeout() {
        int exit = run("--print-config", "--cert-dir", temp.toString(), "--failure-policy", "Fail",
                "--exempt-namespace", "kube-system", "--exempt-namespace", "monitoring", "--enable-delete-operations",
                "--timeout-seconds", "5");

        assertThat(exit).as(err.toString()).isZero();
        MapNode config = yaml(out.toString());
        assertThat(at(config, "failurePolicy")).isEqualTo(Node.of("Fail"));
        assertThat(at(config, "timeoutSeconds")).isEqualTo(Node.of(5));
        assertThat(config.at(FieldPath.root().key("webhooks").index(0).key("rules").index(0).key("operations")))
                .contains(Node.from(List.of("CREATE", "UPDATE", "DELETE")));
        assertThat(out.toString()).contains("- windlass-system\n", "- kube-system\n", "- monitoring\n");
    }

    @Test
    void printConfig_withTheUsersCertificate_takesCaBundleFromTheCaFile() throws Exception {
        WebhookTls own = WebhookTls.generate(List.of("webhook.example.com"), Instant.now());
        own.write(temp);

        int exit = run("--print-config", "--tls-cert-file", temp.resolve("tls.crt").toString(),
                "--tls-private-key-file", temp.resolve("tls.key").toString(), "--tls-ca-file", temp.resolve("ca.crt").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(at(yaml(out.toString()), "clientConfig", "caBundle")).isEqualTo(Node.of(own.caBundle().orElseThrow()));
    }

    @Test
    void printConfig_withTheUsersCertificateButNoCa_leavesCaBundleOut() throws Exception {
        WebhookTls.generate(List.of("webhook.example.com"), Instant.now()).write(temp);

        int exit = run("--print-config", "--tls-cert-file", temp.resolve("tls.crt").toString(),
                "--tls-private-key-file", temp.resolve("tls.key").toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).doesNotContain("caBundle");
    }

    @Test
    void usageErrors_exit2_withTheProblemNamed() {
        assertThat(run("--print-config", "--url", "https://h:1", "--service", "s")).isEqualTo(2);
        assertThat(run("--print-config", "--tls-cert-file", "a.crt")).isEqualTo(2);
        assertThat(run("--print-config", "--on-error", "maybe")).isEqualTo(2);
        assertThat(run("--print-config", "--failure-policy", "Sometimes")).isEqualTo(2);
        assertThat(run("--print-config", "--url", "http://h:1")).isEqualTo(2);
        assertThat(err.toString()).contains("not both", "--tls-cert-file and --tls-private-key-file together",
                "--on-error must be deny or allow", "Ignore or Fail", "must be https://");
    }

    @Test
    void serve_withoutPolicy_isAUsageError() {
        assertThat(run("--cert-dir", temp.toString(), "--port", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("give --policy PATH");
    }

    @Test
    void serve_withAMissingPolicyPath_failsNamingIt() {
        String missing = temp.resolve("nope").toString();

        assertThat(run("--cert-dir", temp.toString(), "--port", "0", "--policy", missing)).isEqualTo(1);
        assertThat(err.toString()).contains(missing).contains("does not exist");
    }

    @Test
    void missingCertificateFile_failsNamingIt() {
        assertThat(run("--print-config", "--tls-cert-file", temp.resolve("a.crt").toString(),
                "--tls-private-key-file", temp.resolve("a.key").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("a.crt does not exist");
    }
}
