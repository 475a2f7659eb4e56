package dev.windlass.git;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Reads SSH private keys from text (OpenSSH or PEM) with Apache MINA sshd's parsers. Messages
 * never contain the key.
 */
final class SshKeys {

    private static final NamedResource RESOURCE = NamedResource.ofName("sshPrivateKey");

    private SshKeys() {
    }

    /**
     * The key pairs in {@code text}.
     *
     * @throws IllegalArgumentException when the text holds no key, a key protected by a passphrase,
     *                                  or a key of a type this runtime cannot read
     */
    static List<KeyPair> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the SSH private key is empty; paste the whole key, from its"
                    + " -----BEGIN line to its -----END line");
        }
        AtomicBoolean askedForPassphrase = new AtomicBoolean();
        FilePasswordProvider noPassphrase = (session, resource, retry) -> {
            askedForPassphrase.set(true);
            return null;
        };
        List<KeyPair> keys = new ArrayList<>();
        try {
            Iterable<KeyPair> loaded = SecurityUtils.loadKeyPairIdentities(null, RESOURCE,
                    new ByteArrayInputStream(normalize(text).getBytes(StandardCharsets.UTF_8)), noPassphrase);
            if (loaded != null) {
                loaded.forEach(keys::add);
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException(problem(askedForPassphrase.get() || text.contains("ENCRYPTED")), e);
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(problem(askedForPassphrase.get()));
        }
        return List.copyOf(keys);
    }

    private static String problem(boolean encrypted) {
        if (encrypted) {
            return "the SSH private key is protected by a passphrase; Argo CD needs an unencrypted key:"
                    + " remove the passphrase with ssh-keygen -p -N '' -f KEYFILE";
        }
        return "the SSH private key is not an OpenSSH (BEGIN OPENSSH PRIVATE KEY) or PEM (BEGIN RSA/EC PRIVATE KEY,"
                + " BEGIN PRIVATE KEY) private key of a supported type (RSA, ECDSA, Ed25519); paste the private key file"
                + " itself, not the .pub file";
    }

    /** Line breaks as {@code \n} and a final line break, since keys pasted into YAML often lose it. */
    private static String normalize(String text) {
        String lines = text.replace("\r\n", "\n").strip();
        return lines + "\n";
    }
}
