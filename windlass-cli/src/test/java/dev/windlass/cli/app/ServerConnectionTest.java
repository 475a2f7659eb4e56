package dev.windlass.cli.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.server.Endpoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which server and token a command uses: flags, then the environment, then the endpoint file. */
class ServerConnectionTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "flags={0},{1} env={2},{3} file={4}")
    @CsvSource(nullValues = "-", value = {
        "http://127.0.0.1:1, flagtok, http://127.0.0.1:2, envtok, true,  http://127.0.0.1:1, flagtok",
        "-,                  -,       http://127.0.0.1:2, envtok, true,  http://127.0.0.1:2, envtok",
        "-,                  -,       -,                  -,      true,  http://127.0.0.1:3, filetok",
        "-,                  flagtok, -,                  -,      true,  http://127.0.0.1:3, flagtok",
        "http://127.0.0.1:3, -,       -,                  -,      true,  http://127.0.0.1:3, filetok",
        "-,                  -,       http://127.0.0.1:2, envtok, false, http://127.0.0.1:2, envtok"})
    void resolve_prefersFlags_thenEnvironment_thenEndpointFile(String server, String token, String envServer,
            String envToken, boolean file, String url, String expectedToken) throws Exception {
        Path endpointFile = dir.resolve("endpoint.json");
        if (file) {
            new Endpoint("http://127.0.0.1:3", "filetok").write(endpointFile);
        }
        Map<String, String> env = new HashMap<>();
        if (envServer != null) {
            env.put(ServerConnection.SERVER_ENV, envServer);
            env.put(ServerConnection.TOKEN_ENV, envToken);
        }

        assertThat(ServerConnection.resolve(server, token, env, endpointFile)).isEqualTo(new Endpoint(url, expectedToken));
    }

    @Test
    void serverWithoutToken_forAnotherUrlThanTheFile_asksForTheToken() throws IOException {
        Path endpointFile = dir.resolve("endpoint.json");
        new Endpoint("http://127.0.0.1:3", "filetok").write(endpointFile);

        assertThatThrownBy(() -> ServerConnection.resolve("http://127.0.0.1:9", null, Map.of(), endpointFile))
                .isInstanceOf(ServerConnection.Unresolved.class)
                .hasMessageStartingWith("no auth token for http://127.0.0.1:9; pass --auth-token TOKEN or set WINDLASS_AUTH_TOKEN");
    }

    @Test
    void malformedServerUrl_namesTheOptions() {
        assertThatThrownBy(() -> ServerConnection.resolve("localhost:8080", "t", Map.of(), dir.resolve("none")))
                .isInstanceOf(ServerConnection.Unresolved.class)
                .hasMessageContaining("'localhost:8080' is not an http(s) URL").hasMessageContaining("--server");
    }
}
