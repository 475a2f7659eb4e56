package dev.windlass.sandbox.schema;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The string formats apiextensions checks (its list of supported formats; any other format, such
 * as {@code int32} or {@code int64}, is dropped from the schema before validation and checks
 * nothing). Format names are compared without dashes, so {@code date-time} is {@code datetime}.
 * The checks follow kube-openapi's strfmt; ISBN, credit card and e-mail are checked by shape only.
 */
final class Formats {

    private static final Pattern HOSTNAME = Pattern.compile("^([a-zA-Z0-9\\p{S}\\p{L}]((-?[a-zA-Z0-9\\p{S}\\p{L}]{0,62})?)|"
            + "([a-zA-Z0-9\\p{S}\\p{L}](([a-zA-Z0-9-\\p{S}\\p{L}]{0,61}[a-zA-Z0-9\\p{S}\\p{L}])?)(\\.)){1,}"
            + "([a-zA-Z\\p{L}]){2,63})$");
    private static final String HEX = "[0-9a-f]";
    private static final Pattern TIME = Pattern.compile("^([0-9]{2}):([0-9]{2}):([0-9]{2})(.[0-9]+)?(z|([+-][0-9]{2}:[0-9]{2}))$");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)\\s*([A-Za-zµ]+)");
    private static final Pattern DURATION_UNIT = Pattern.compile(
            "ns|nano.*|us|µs|micro.*|ms|milli.*|s|sec.*|m|min.*|h|hr|hour.*|d|day.*|w|wk|week.*");
    private static final Pattern GO_DURATION = Pattern.compile("[-+]?(([0-9]*(\\.[0-9]*)?)(ns|us|µs|ms|s|m|h))+|0");
    private static final Pattern MAC = Pattern.compile("^(([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}"
            + "|([0-9A-Fa-f]{2}[:-]){7}[0-9A-Fa-f]{2}|([0-9A-Fa-f]{2}[:-]){19}[0-9A-Fa-f]{2}"
            + "|([0-9A-Fa-f]{4}\\.){2}[0-9A-Fa-f]{4}|([0-9A-Fa-f]{4}\\.){3}[0-9A-Fa-f]{4}"
            + "|([0-9A-Fa-f]{4}\\.){9}[0-9A-Fa-f]{4})$");
    private static final Pattern IPV4 = Pattern.compile("^(0*(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
            + "0*(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$");

    private static final Map<String, Predicate<String>> CHECKS = Map.ofEntries(
            Map.entry("bsonobjectid", s -> s.matches("[0-9a-fA-F]{24}")),
            Map.entry("uri", Formats::requestUri),
            Map.entry("email", s -> s.matches("^([^<>@\\s]+@[^<>@\\s]+|[^<>]*<[^<>@\\s]+@[^<>@\\s]+>)$")),
            Map.entry("hostname", Formats::hostname),
            Map.entry("ipv4", s -> IPV4.matcher(s).matches()),
            Map.entry("ipv6", s -> s.contains(":") && ip(s)),
            Map.entry("cidr", Formats::cidr),
            Map.entry("mac", s -> MAC.matcher(s).matches()),
            Map.entry("uuid", uuid("[0-9a-f]{4}", "[0-9a-f]{4}")),
            Map.entry("uuid3", uuid("3[0-9a-f]{3}", "[0-9a-f]{4}")),
            Map.entry("uuid4", uuid("4[0-9a-f]{3}", "[89ab][0-9a-f]{3}")),
            Map.entry("uuid5", uuid("5[0-9a-f]{3}", "[89ab][0-9a-f]{3}")),
            Map.entry("isbn", s -> isbn10(s) || isbn13(s)),
            Map.entry("isbn10", Formats::isbn10),
            Map.entry("isbn13", Formats::isbn13),
            Map.entry("creditcard", s -> s.replaceAll("[^0-9]", "").matches("[0-9]{12,19}")),
            Map.entry("ssn", s -> s.matches("^\\d{3}[- ]?\\d{2}[- ]?\\d{4}$")),
            Map.entry("hexcolor", s -> s.matches("^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")),
            Map.entry("rgbcolor", s -> s.matches("^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*"
                    + "(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$")),
            Map.entry("byte", Formats::base64),
            Map.entry("password", s -> true),
            Map.entry("date", Formats::date),
            Map.entry("duration", Formats::duration),
            Map.entry("datetime", Formats::dateTime));

    private Formats() {
    }

    /** {@code format} as written when {@code value} does not conform to it; empty when it does or is unchecked. */
    static Optional<String> check(String format, String value) {
        if (format == null || format.isEmpty()) {
            return Optional.empty();
        }
        Predicate<String> check = CHECKS.get(format.replace("-", ""));
        return check == null || check.test(value) ? Optional.empty() : Optional.of(format);
    }

    private static Predicate<String> uuid(String third, String fourth) {
        Pattern pattern = Pattern.compile("^" + HEX + "{8}-?" + HEX + "{4}-?" + third + "-?" + fourth + "-?" + HEX
                + "{12}$", Pattern.CASE_INSENSITIVE);
        return s -> pattern.matcher(s).matches();
    }

    private static boolean requestUri(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() || value.startsWith("/");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean hostname(String value) {
        if (value.length() > 255 || !HOSTNAME.matcher(value).matches()) {
            return false;
        }
        for (String part : value.split("\\.", -1)) {
            if (part.length() > 63) {
                return false;
            }
        }
        return true;
    }

    /** An IP literal; never a name lookup (only hex digits, colons and dots reach the parser). */
    private static boolean ip(String value) {
        if (!value.matches("[0-9A-Fa-f:.]+")) {
            return false;
        }
        try {
            InetAddress.getByName(value.contains(":") ? "[" + value + "]" : value);
            return value.contains(":") || IPV4.matcher(value).matches();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean cidr(String value) {
        int slash = value.indexOf('/');
        if (slash < 0) {
            return false;
        }
        String address = value.substring(0, slash);
        String bits = value.substring(slash + 1);
        if (!bits.matches("[0-9]{1,3}") || !ip(address)) {
            return false;
        }
        return Integer.parseInt(bits) <= (address.contains(":") ? 128 : 32);
    }

    private static boolean isbn10(String value) {
        return value.replaceAll("[\\s-]", "").matches("^[0-9]{9}[0-9X]$");
    }

    private static boolean isbn13(String value) {
        return value.replaceAll("[\\s-]", "").matches("^[0-9]{13}$");
    }

    private static boolean base64(String value) {
        try {
            Base64.getDecoder().decode(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean date(String value) {
        if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean dateTime(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        int t = lower.indexOf('t');
        if (value.length() < 4 || t < 0 || !date(lower.substring(0, t))) {
            return false;
        }
        var matcher = TIME.matcher(lower.substring(t + 1));
        return matcher.matches() && matcher.group(1).compareTo("23") <= 0 && matcher.group(2).compareTo("59") <= 0
                && matcher.group(3).compareTo("59") <= 0;
    }

    private static boolean duration(String value) {
        if (GO_DURATION.matcher(value).matches()) {
            return true;
        }
        var matcher = DURATION_PART.matcher(value);
        boolean found = false;
        while (matcher.find()) {
            if (!DURATION_UNIT.matcher(matcher.group(2).toLowerCase(Locale.ROOT)).matches()) {
                return false;
            }
            found = true;
        }
        return found;
    }
}
