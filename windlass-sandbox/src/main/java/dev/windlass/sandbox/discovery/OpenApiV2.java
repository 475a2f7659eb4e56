package dev.windlass.sandbox.discovery;

import dev.windlass.model.tree.MapNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code /openapi/v2}: a Swagger 2.0 document with no definitions, in JSON or in the protobuf
 * form kubectl asks for.
 *
 * <p>kubectl 1.31 validates through OpenAPI v3 and the server's field validation, except for
 * {@code kind: List} files, which it always checks client-side against v2. Its v2 validator
 * skips every kind the document does not define, so an empty document lets such files through
 * with the same outcome as on a real cluster for valid input (a real cluster would also reject
 * unknown fields client-side; see docs/sandbox.md).
 */
public final class OpenApiV2 {

    /**
     * The response type of the protobuf form. Clients ask with {@code …spec.v2@v1.0+protobuf};
     * the server answers with a dot instead of the {@code @}, which Go's media-type parser accepts.
     */
    public static final String PROTOBUF = "application/com.github.proto-openapi.spec.v2.v1.0+protobuf";

    private static final String SWAGGER = "2.0";
    private static final String TITLE = "Kubernetes";
    private static final String VERSION = "v1.31.0";

    private OpenApiV2() {
    }

    /** Whether the Accept header asks for the protobuf form. */
    public static boolean wantsProtobuf(String accept) {
        return accept != null && accept.contains("proto-openapi.spec.v2");
    }

    public static MapNode json() {
        return MapNode.of("swagger", SWAGGER, "info", MapNode.of("title", TITLE, "version", VERSION),
                "paths", MapNode.empty());
    }

    /**
     * The gnostic {@code openapi.v2.Document} message: swagger (field 1), info (field 2: title 1,
     * version 2) and an empty paths message (field 8).
     */
    public static byte[] protobuf() {
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        field(info, 1, TITLE.getBytes(StandardCharsets.UTF_8));
        field(info, 2, VERSION.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        field(document, 1, SWAGGER.getBytes(StandardCharsets.UTF_8));
        field(document, 2, info.toByteArray());
        field(document, 8, new byte[0]);
        return document.toByteArray();
    }

    /** A length-delimited field (wire type 2); every length here fits one varint byte. */
    private static void field(ByteArrayOutputStream out, int number, byte[] value) {
        out.write(number << 3 | 2);
        out.write(value.length);
        out.writeBytes(value);
    }
}
