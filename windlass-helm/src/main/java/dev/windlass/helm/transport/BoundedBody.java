package dev.windlass.helm.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;

/** Reads a response body, failing as soon as it exceeds its size limit. */
final class BoundedBody {

    private BoundedBody() {
    }

    static byte[] read(HttpResponse<InputStream> response, long limit, URI uri) throws IOException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        try (InputStream in = response.body()) {
            if (declared > limit) {
                throw tooLarge(uri, limit);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                total += n;
                if (total > limit) {
                    throw tooLarge(uri, limit);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static IOException tooLarge(URI uri, long limit) {
        return new IOException("response from " + uri + " exceeds the size limit of " + limit + " bytes");
    }
}
