package dev.windlass.sandbox.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OpenApiV2Test {

    @Test
    void protobuf_isADocumentWithSwaggerInfoAndEmptyPaths() {
        byte[] expected = concat(
                new byte[] {0x0A, 3}, ascii("2.0"),
                new byte[] {0x12, 21, 0x0A, 10}, ascii("Kubernetes"), new byte[] {0x12, 7}, ascii("v1.31.0"),
                new byte[] {0x42, 0});

        assertThat(OpenApiV2.protobuf()).containsExactly(expected);
    }

    @Test
    void protobuf_isChosenOnlyWhenAskedFor() {
        assertThat(OpenApiV2.wantsProtobuf("application/com.github.proto-openapi.spec.v2@v1.0+protobuf")).isTrue();
        assertThat(OpenApiV2.wantsProtobuf("application/json")).isFalse();
        assertThat(OpenApiV2.wantsProtobuf(null)).isFalse();
    }

    @Test
    void json_hasNoDefinitions() {
        assertThat(OpenApiV2.json().keys()).containsExactly("swagger", "info", "paths");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
