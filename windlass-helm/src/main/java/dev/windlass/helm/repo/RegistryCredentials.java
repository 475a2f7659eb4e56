package dev.windlass.helm.repo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A username and password for a chart repository or registry host.
 *
 * @param username the user name
 * @param password the password or token
 */
public record RegistryCredentials(String username, String password) {

    public RegistryCredentials {
        username = username == null ? "" : username;
        password = password == null ? "" : password;
    }

    /** The {@code Authorization: Basic …} header value. */
    public String basicHeader() {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "RegistryCredentials[username=" + username + ", password=***]";
    }
}
