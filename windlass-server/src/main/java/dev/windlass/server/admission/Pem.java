package dev.windlass.server.admission;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PEM blocks ({@code -----BEGIN TYPE-----}, base64 in 64-character lines) both ways. */
final class Pem {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)-----END \\1-----");
    private static final int LINE = 64;

    /** One block: its type ({@code CERTIFICATE}, {@code PRIVATE KEY}, ...) and DER content. */
    record Block(String type, byte[] der) {
    }

    private Pem() {
    }

    static String encode(String type, byte[] der) {
        String base64 = Base64.getEncoder().encodeToString(der);
        StringBuilder out = new StringBuilder("-----BEGIN ").append(type).append("-----\n");
        for (int i = 0; i < base64.length(); i += LINE) {
            out.append(base64, i, Math.min(base64.length(), i + LINE)).append('\n');
        }
        return out.append("-----END ").append(type).append("-----\n").toString();
    }

    /** Every block in {@code text}, in order; text between blocks is ignored, as Go's pem.Decode does. */
    static List<Block> decode(String text) {
        List<Block> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(text);
        while (matcher.find()) {
            String base64 = matcher.group(2).replaceAll("\\s", "");
            try {
                blocks.add(new Block(matcher.group(1), Base64.getDecoder().decode(base64)));
            } catch (IllegalArgumentException e) {
                // Not valid base64: not a block we can use; the caller reports what is missing.
            }
        }
        return blocks;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
