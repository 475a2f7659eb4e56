package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.NullValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/** Go's {@code pkix.Name} JSON and the subject alternative names of a certificate. */
final class X509Names {
    private static final Map<String, String> OIDS = Map.of("C", "2.5.4.6", "O", "2.5.4.10", "OU", "2.5.4.11",
            "L", "2.5.4.7", "ST", "2.5.4.8", "STREET", "2.5.4.9", "POSTALCODE", "2.5.4.17", "SERIALNUMBER", "2.5.4.5",
            "CN", "2.5.4.3");
    private static final Map<String, String> FIELDS = Map.of("C", "Country", "O", "Organization",
            "OU", "OrganizationalUnit", "L", "Locality", "ST", "Province", "STREET", "StreetAddress",
            "POSTALCODE", "PostalCode");

    private X509Names() {}

    static Value name(X500Principal principal) {
        Map<String, List<Value>> lists = new LinkedHashMap<>();
        FIELDS.values().forEach(f -> lists.put(f, new ArrayList<>()));
        Map<String, Value> out = new TreeMap<>();
        out.put("SerialNumber", StringValue.of(""));
        out.put("CommonName", StringValue.of(""));
        List<Value> names = new ArrayList<>();
        try {
            String text = principal.getName(X500Principal.RFC2253, Map.of("2.5.4.5", "SERIALNUMBER", "2.5.4.17", "POSTALCODE"));
            for (Rdn rdn : new LdapName(text).getRdns()) {
                String type = rdn.getType().toUpperCase(java.util.Locale.ROOT);
                String value = String.valueOf(rdn.getValue());
                String oid = OIDS.getOrDefault(type, type);
                names.add(ObjectValue.ofStrings(Map.of("Type", oid(oid), "Value", StringValue.of(value))));
                if (FIELDS.containsKey(type)) {
                    lists.get(FIELDS.get(type)).add(StringValue.of(value));
                } else if (type.equals("CN")) {
                    out.put("CommonName", StringValue.of(value));
                } else if (type.equals("SERIALNUMBER")) {
                    out.put("SerialNumber", StringValue.of(value));
                }
            }
        } catch (InvalidNameException e) {
            // leave the name empty
        }
        lists.forEach((k, v) -> out.put(k, v.isEmpty() ? NullValue.INSTANCE : new ArrayValue(v)));
        out.put("Names", names.isEmpty() ? NullValue.INSTANCE : new ArrayValue(names));
        out.put("ExtraNames", NullValue.INSTANCE);
        return ObjectValue.ofStrings(out);
    }

    private static Value oid(String dotted) {
        List<Value> parts = new ArrayList<>();
        for (String p : dotted.split("\\.")) {
            parts.add(p.matches("[0-9]+") ? NumberValue.of(Long.parseLong(p)) : StringValue.of(p));
        }
        return new ArrayValue(parts);
    }

    static void alternativeNames(X509Certificate c, Map<String, Value> out) {
        List<Value> dns = new ArrayList<>();
        List<Value> emails = new ArrayList<>();
        List<Value> ips = new ArrayList<>();
        List<Value> uris = new ArrayList<>();
        try {
            Collection<List<?>> names = c.getSubjectAlternativeNames();
            for (List<?> n : names == null ? List.<List<?>>of() : names) {
                int type = (Integer) n.get(0);
                Value v = StringValue.of(String.valueOf(n.get(1)));
                if (type == 2) {
                    dns.add(v);
                } else if (type == 1) {
                    emails.add(v);
                } else if (type == 7) {
                    byte[] ip = CidrAddresses.parse(String.valueOf(n.get(1)));
                    ips.add(ip == null ? v : StringValue.of(CidrAddresses.format(ip)));
                } else if (type == 6) {
                    uris.add(v);
                }
            }
        } catch (CertificateParsingException e) {
            // no alternative names
        }
        out.put("DNSNames", dns.isEmpty() ? NullValue.INSTANCE : new ArrayValue(dns));
        out.put("EmailAddresses", emails.isEmpty() ? NullValue.INSTANCE : new ArrayValue(emails));
        out.put("IPAddresses", ips.isEmpty() ? NullValue.INSTANCE : new ArrayValue(ips));
        out.put("URIStrings", uris.isEmpty() ? NullValue.INSTANCE : new ArrayValue(uris));
    }
}
