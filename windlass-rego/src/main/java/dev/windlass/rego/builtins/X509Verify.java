package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
  * {@code crypto.x509.parse_and_verify_certificates[_with_options]}: the first certificate is the
  * root, the last the leaf, the others intermediates; the result is {@code [true, chain]} (leaf
  * first) or {@code [false, []]}. Checks signatures, validity, CA constraints (PKIX, no
  * revocation), the leaf's extended key usage (server auth unless {@code KeyUsages} says otherwise)
  * and {@code DNSName} against the leaf's DNS names.
  */
final class X509Verify {
    private static final ArrayValue INVALID = ArrayValue.of(BoolValue.FALSE, ArrayValue.EMPTY);
    private static final Map<String, String> USAGES = Map.ofEntries(Map.entry("KeyUsageAny", "2.5.29.37.0"),
            Map.entry("KeyUsageServerAuth", "1.3.6.1.5.5.7.3.1"), Map.entry("KeyUsageClientAuth", "1.3.6.1.5.5.7.3.2"),
            Map.entry("KeyUsageCodeSigning", "1.3.6.1.5.5.7.3.3"), Map.entry("KeyUsageEmailProtection", "1.3.6.1.5.5.7.3.4"),
            Map.entry("KeyUsageIPSECEndSystem", "1.3.6.1.5.5.7.3.5"), Map.entry("KeyUsageIPSECTunnel", "1.3.6.1.5.5.7.3.6"),
            Map.entry("KeyUsageIPSECUser", "1.3.6.1.5.5.7.3.7"), Map.entry("KeyUsageTimeStamping", "1.3.6.1.5.5.7.3.8"),
            Map.entry("KeyUsageOCSPSigning", "1.3.6.1.5.5.7.3.9"),
            Map.entry("KeyUsageMicrosoftServerGatedCrypto", "1.3.6.1.4.1.311.10.3.3"),
            Map.entry("KeyUsageNetscapeServerGatedCrypto", "2.16.840.1.113730.4.1"),
            Map.entry("KeyUsageMicrosoftCommercialCodeSigning", "1.3.6.1.4.1.311.2.1.22"),
            Map.entry("KeyUsageMicrosoftKernelCodeSigning", "1.3.6.1.4.1.311.61.1.1"));

    private X509Verify() {}

    /** Go's x509.VerifyOptions subset. */
    private record Options(String dnsName, Date time, List<String> usages) {}

    static Value verify(BuiltinContext context, Args a) throws BuiltinException {
        String input = a.string(0);
        return verify(input, new Options("", Date.from(context.now()), List.of()), true);
    }

    static Value verifyWithOptions(BuiltinContext context, Args a) throws BuiltinException {
        String input = a.string(0);
        ObjectValue options = a.object(1);
        return verify(input, options(a, context, options), false);
    }

    private static Value verify(String input, Options options, boolean uriStrings) {
        try {
            List<X509Certificate> certs = X509Certificates.read(input);
            if (certs.size() < 2) {
                return INVALID;
            }
            List<X509Certificate> chain = chain(certs);
            if (chain == null || !valid(chain, certs.get(0), options)) {
                return INVALID;
            }
            List<Value> out = new ArrayList<>();
            for (X509Certificate c : chain) {
                out.add(X509Certificates.certificate(c, uriStrings));
            }
            return ArrayValue.of(BoolValue.TRUE, new ArrayValue(out));
        } catch (GeneralSecurityException | EncodingCodecs.DecodeException | RuntimeException e) {
            return INVALID;
        }
    }

    /** Leaf, the intermediates that link it to the root, and the root. */
    private static List<X509Certificate> chain(List<X509Certificate> certs) {
        X509Certificate root = certs.get(0);
        List<X509Certificate> pool = new ArrayList<>(certs.subList(1, certs.size() - 1));
        List<X509Certificate> chain = new ArrayList<>(List.of(certs.get(certs.size() - 1)));
        while (!issuedBy(chain.get(chain.size() - 1), root)) {
            X509Certificate current = chain.get(chain.size() - 1);
            X509Certificate next = pool.stream().filter(c -> issuedBy(current, c)).findFirst().orElse(null);
            if (next == null) {
                return null;
            }
            pool.remove(next);
            chain.add(next);
        }
        chain.add(root);
        return chain;
    }

    private static boolean issuedBy(X509Certificate cert, X509Certificate issuer) {
        return cert.getIssuerX500Principal().equals(issuer.getSubjectX500Principal());
    }

    private static boolean valid(List<X509Certificate> chain, X509Certificate root, Options options)
            throws GeneralSecurityException {
        CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(chain.subList(0, chain.size() - 1));
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        params.setRevocationEnabled(false);
        params.setDate(options.time());
        root.checkValidity(options.time());
        CertPathValidator.getInstance("PKIX").validate(path, params);
        X509Certificate leaf = chain.get(0);
        return usageAllowed(leaf, options.usages()) && (options.dnsName().isEmpty() || hostMatches(leaf, options.dnsName()));
    }

    private static boolean usageAllowed(X509Certificate leaf, List<String> requested) throws GeneralSecurityException {
        List<String> usages = leaf.getExtendedKeyUsage();
        List<String> wanted = requested.isEmpty() ? List.of(USAGES.get("KeyUsageServerAuth")) : requested;
        if (usages == null || usages.contains(USAGES.get("KeyUsageAny")) || wanted.contains(USAGES.get("KeyUsageAny"))) {
            return true;
        }
        return wanted.stream().anyMatch(usages::contains);
    }

    private static boolean hostMatches(X509Certificate leaf, String host) throws GeneralSecurityException {
        Collection<List<?>> names = leaf.getSubjectAlternativeNames();
        String wanted = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        for (List<?> n : names == null ? List.<List<?>>of() : names) {
            String name = String.valueOf(n.get(1)).toLowerCase(Locale.ROOT);
            if ((Integer) n.get(0) == 2 && (name.equals(wanted) || wildcard(name, wanted))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wildcard(String pattern, String host) {
        int dot = host.indexOf('.');
        return pattern.startsWith("*.") && dot > 0 && host.substring(dot).equals(pattern.substring(1));
    }

    private static Options options(Args a, BuiltinContext context, ObjectValue options) throws BuiltinException {
        String dns = "";
        Date time = Date.from(context.now());
        List<String> usages = new ArrayList<>();
        for (Map.Entry<Value, Value> e : options.entries().entrySet()) {
            if (!(e.getKey() instanceof StringValue key)) {
                continue;
            }
            Value v = e.getValue();
            switch (key.value()) {
                case "DNSName":
                    if (!(v instanceof StringValue s)) {
                        throw a.failed("'DNSName' should be a string");
                    }
                    dns = s.value().replace("\"", "");
                    break;
                case "CurrentTime":
                    if (!(v instanceof NumberValue n)) {
                        throw a.failed("'CurrentTime' should be a number");
                    }
                    if (!n.fitsLong()) {
                        throw a.failed("'CurrentTime' should be a valid int64 number");
                    }
                    time = new Date(Math.floorDiv(n.longValue(), 1_000_000L));
                    break;
                case "MaxConstraintComparisons":
                    if (!(v instanceof NumberValue)) {
                        throw a.failed("'MaxConstraintComparisons' should be a number");
                    }
                    break;
                case "KeyUsages":
                    usages = usages(a, v);
                    break;
                default:
                    throw a.failed("invalid key option");
            }
        }
        return new Options(dns, time, usages);
    }

    private static List<String> usages(Args a, Value v) throws BuiltinException {
        Collection<Value> items;
        if (v instanceof ArrayValue arr) {
            items = arr.items();
        } else if (v instanceof SetValue set) {
            items = set.members();
        } else {
            throw a.failed("'KeyUsages' should be an Array or Set");
        }
        List<String> out = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (Value item : items) {
            if (item instanceof StringValue s) {
                String name = s.value().replace("\"", "");
                if (USAGES.containsKey(name)) {
                    out.add(USAGES.get(name));
                } else {
                    invalid.add(name);
                }
            }
        }
        if (!invalid.isEmpty()) {
            throw a.failed("invalid entries for 'KeyUsages' found: [" + String.join(" ", invalid) + "]");
        }
        return out;
    }
}
