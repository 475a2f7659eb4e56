package dev.windlass.cli.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code windlass trigger serve} serving a listener from files until stopped. */
class TriggerServeCommandTest {

    private static final String LISTENER = """
            apiVersion: triggers.tekton.dev/v1beta1
            kind: EventListener
            metadata: {name: github-webhook-listener, namespace: ci-cd}
            spec:
              triggers:
              - name: github-push
                interceptors:
                - ref: {name: github}
                  params:
                  - {name: secretRef, value: {secretName: github-webhook-secret, secretKey: token}}
                  - {name: eventTypes, value: [push]}
                bindings:
                - {name: revision, value: $(body.after)}
                template:
                  spec:
                    params: [{name: revision}]
                    resourcetemplates:
                    - apiVersion: tekton.dev/v1
                      kind: PipelineRun
                      metadata: {generateName: build-}
                      spec:
                        pipelineRef: {name: build}
                        params: [{name: revision, value: $(tt.params.revision)}]
            """;
    private static final String PIPELINE = """
            apiVersion: tekton.dev/v1
            kind: Pipeline
            metadata: {name: build, namespace: ci-cd}
            spec:
              params: [{name: revision}]
              tasks:
              - name: show
                params: [{name: revision, value: $(params.revision)}]
                taskSpec:
                  params: [{name: revision}]
                  steps:
                  - {name: echo, image: alpine, script: "echo building $(params.revision)"}
            """;
    private static final String SECRET = """
            apiVersion: v1
            kind: Secret
            metadata: {name: github-webhook-secret, namespace: ci-cd}
            data: {token: dG9rM24=}
            """;

    @TempDir
    Path temp;

    private record Run(TriggerServeCommand command, CommandLine line, StringWriter out, StringWriter err) {
    }

    private Run command() {
        TriggerServeCommand command = new TriggerServeCommand();
        CommandLine line = new CommandLine(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return new Run(command, line, out, err);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // hang guard only: the command serves until the test stops it
    void serve_acceptsASignedPush_printsTheRun_andStops() throws Exception {
        Files.createDirectories(temp.resolve("triggers"));
        Files.writeString(temp.resolve("triggers/listener.yaml"), LISTENER);
        Files.writeString(temp.resolve("triggers/pipeline.yaml"), PIPELINE);
        Files.writeString(temp.resolve("secret.yaml"), SECRET);
        Run run = command();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> run.line().execute("-f",
                temp.resolve("triggers").toString(), "-f", temp.resolve("secret.yaml").toString(), "--port", "0",
                "--home", temp.resolve("home").toString()));
        int port = awaitPort(run.out(), exit);

        int accepted = post(port, "tok3n");
        int refused = post(port, "wrong");
        awaitLine(run.out(), Pattern.compile("PipelineRun build-[a-z0-9]{5} Succeeded"));
        run.command().stop.countDown();

        assertThat(exit.get()).as(run.err().toString()).isZero();
        assertThat(accepted).isEqualTo(202);
        assertThat(refused).isEqualTo(401);
        assertThat(run.out().toString())
                .contains("EventListener ci-cd/github-webhook-listener listening on http://127.0.0.1:" + port + "/")
                .containsPattern("started PipelineRun ci-cd/build-[a-z0-9]{5} ")
                .containsPattern("PipelineRun build-[a-z0-9]{5} Succeeded \\(1 task, ")
                .contains("202: github-push accepted (PipelineRun build-)")
                .contains("401: github-push unauthorized: payload signature check failed");
    }

    @Test
    void invalidTriggers_areReportedAndExit1() throws Exception {
        Files.writeString(temp.resolve("bad.yaml"), LISTENER.replace("{name: github}", "{name: slack}"));
        Run run = command();

        int exit = run.line().execute("-f", temp.resolve("bad.yaml").toString(), "--port", "0");

        assertThat(exit).isEqualTo(1);
        assertThat(run.err().toString()).contains("spec.triggers[0].interceptors[0].ref.name")
                .contains("the triggers cannot be served");
    }

    @Test
    void noEventListener_exits1() throws Exception {
        Files.writeString(temp.resolve("secret.yaml"), SECRET);
        Run run = command();

        int exit = run.line().execute("-f", temp.resolve("secret.yaml").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(run.err().toString()).contains("no EventListener");
    }

    private static int post(int port, String secret) throws Exception {
        byte[] body = "{\"after\":\"abc\"}".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("X-GitHub-Event", "push")
                .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(body)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static void awaitLine(StringWriter out, Pattern line) throws InterruptedException {
        while (!line.matcher(out.toString()).find()) {
            Thread.sleep(50);
        }
    }

    private static int awaitPort(StringWriter out, CompletableFuture<Integer> exit) throws Exception {
        Pattern serving = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");
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
