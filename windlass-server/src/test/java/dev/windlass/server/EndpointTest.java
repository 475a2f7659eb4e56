package dev.windlass.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointTest {

    @TempDir
    Path dir;

    private final Endpoint endpoint = new Endpoint("http://127.0.0.1:40123", "s3cr3t-token");

    @Test
    void write_thenRead_givesTheSameEndpoint_creatingParents() throws Exception {
        Path file = dir.resolve("home/.windlass/endpoint.json");

        endpoint.write(file);

        assertThat(Endpoint.read(file)).isEqualTo(endpoint);
        assertThat(Files.readString(file)).isEqualTo("{\"url\":\"http://127.0.0.1:40123\",\"token\":\"s3cr3t-token\"}\n");
    }

    @Test
    void write_makesTheFileOwnerOnly_0600() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("endpoint.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        endpoint.write(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Endpoint.read(file)).isEqualTo(endpoint);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("endpoint.json");
        }
    }

    @ParameterizedTest(name = "WINDLASS_HOME={0}")
    @CsvSource(value = {"NONE, /home/ann/.windlass/endpoint.json", "'  ', /home/ann/.windlass/endpoint.json",
        "/srv/wl, /srv/wl/endpoint.json"}, nullValues = "NONE")
    void defaultLocation_isWindlassHome_orDotWindlassInHome(String windlassHome, String expected) {
        Map<String, String> env = windlassHome == null ? Map.of() : Map.of("WINDLASS_HOME", windlassHome);

        assertThat(Endpoint.defaultLocation(env, Path.of("/home/ann"))).isEqualTo(Path.of(expected));
    }

    @Test
    void read_missingFile_saysWindlassUpIsNotRunning_andHowToStartIt() {
        Path file = dir.resolve("endpoint.json");

        assertThatThrownBy(() -> Endpoint.read(file)).isInstanceOf(EndpointException.class)
                .hasMessageStartingWith("windlass up is not running: " + file + " does not exist")
                .hasMessageContaining("start it with 'windlass up'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"url\":\"http://127.0.0.1:1\"}|has no \"token\"",
        "{\"url\":\"ftp://x\",\"token\":\"t\"}|is not an http(s) URL",
        "not json|is not an endpoint file"})
    void read_malformedFile_namesTheFileAndTheFix(String text, String message) throws Exception {
        Path file = Files.writeString(dir.resolve("endpoint.json"), text);

        assertThatThrownBy(() -> Endpoint.read(file)).isInstanceOf(EndpointException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining(message)
                .hasMessageEndingWith("delete it and start 'windlass up' again");
    }

    @Test
    void toString_neverShowsTheToken() {
        assertThat(endpoint.toString()).contains("127.0.0.1:40123").doesNotContain("s3cr3t");
    }

    @Test
    void removeFrom_deletesOnlyAFileThatStillHoldsThisEndpoint() throws Exception {
        Path file = dir.resolve("endpoint.json");
        new Endpoint("http://127.0.0.1:5", "newer").write(file);

        endpoint.removeFrom(file);
        assertThat(file).exists();

        endpoint.write(file);
        endpoint.removeFrom(file);
        assertThat(file).doesNotExist();
    }
}
