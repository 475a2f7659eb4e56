package dev.windlass.sandbox.tls;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names the server certificate is valid for: {@code localhost}, {@code 127.0.0.1} and
 * {@code ::1} always, then the caller's host names and IP literals, lower-cased, without
 * duplicates. Never resolves a name: an IP literal is recognised by its form alone.
 */
final class ServerNames {

    static final List<String> ALWAYS = List.of("localhost", "127.0.0.1", "::1");

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern DNS_NAME = Pattern.compile(
            "(\\*\\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    private ServerNames() {
    }

    /** {@link #ALWAYS} followed by {@code extra}, checked and de-duplicated. */
    static List<String> withDefaults(List<String> extra) {
        Set<String> names = new LinkedHashSet<>(ALWAYS);
        Set<String> seen = new LinkedHashSet<>();
        ALWAYS.forEach(name -> seen.add(canonical(name)));
        for (String name : extra) {
            String normal = normalise(name);
            if (seen.add(canonical(normal))) {
                names.add(normal);
            }
        }
        return List.copyOf(new ArrayList<>(names));
    }

    /** A form in which equal names compare equal: IP addresses as the JDK prints them, host names lower-cased. */
    static String canonical(String name) {
        if (!isIpLiteral(name)) {
            return name.toLowerCase(Locale.ROOT);
        }
        try {
            return literal(name).getHostAddress();
        } catch (UnknownHostException e) {
            return name;
        }
    }

    /** The address of an IP literal; brackets around an IPv6 literal make the JDK refuse, not resolve, anything else. */
    static InetAddress literal(String name) throws UnknownHostException {
        return InetAddress.getByName(name.indexOf(':') >= 0 ? "[" + name + "]" : name);
    }

    static boolean isIpLiteral(String name) {
        return IPV4.matcher(name).matches() || name.indexOf(':') >= 0;
    }

    private static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("a server name is empty; give a host name or an IP address");
        }
        String name = raw.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.indexOf(':') >= 0) {
            try {
                literal(name);
                return name;
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("server name \"" + raw + "\" is not a valid IPv6 address");
            }
        }
        if (IPV4.matcher(name).matches() || (DNS_NAME.matcher(name).matches() && name.length() <= 253)) {
            return name;
        }
        throw new IllegalArgumentException("server name \"" + raw
                + "\" is neither a DNS name (letters, digits, '-' and '.') nor an IP address");
    }
}
