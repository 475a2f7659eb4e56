package dev.windlass.sandbox.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.GroupKind;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected texts are kube-apiserver's (apimachinery v0.34 {@code util/validation}). */
class NameRulesTest {

    static final String SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters,"
            + " '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for"
            + " validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    static final String LABEL = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-',"
            + " and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for"
            + " validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
    static final String DNS1035 = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start"
            + " with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123',"
            + " regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

    private static final GroupKind POD = new GroupKind("", "Pod");
    private static final GroupKind NAMESPACE = new GroupKind("", "Namespace");
    private static final GroupKind ROLE = new GroupKind("rbac.authorization.k8s.io", "Role");

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of(POD, "web-1.example", List.of()),
                Arguments.of(POD, "Foo", List.of(SUBDOMAIN)),
                Arguments.of(POD, "a".repeat(254), List.of("must be no more than 253 characters")),
                Arguments.of(new GroupKind("apps", "Deployment"), "-web", List.of(SUBDOMAIN)),
                Arguments.of(NAMESPACE, "team-a", List.of()),
                Arguments.of(NAMESPACE, "a.b", List.of("must not contain dots")),
                Arguments.of(NAMESPACE, "Foo", List.of(LABEL)),
                Arguments.of(NAMESPACE, "a".repeat(64), List.of("must be no more than 63 characters")),
                Arguments.of(new GroupKind("apps", "StatefulSet"), "db.0", List.of("must not contain dots")),
                Arguments.of(new GroupKind("", "Service"), "1abc", List.of(DNS1035)),
                Arguments.of(new GroupKind("", "Service"), "api", List.of()),
                Arguments.of(ROLE, "system:controller:Foo_Bar", List.of()),
                Arguments.of(ROLE, "a/b%c", List.of("may not contain '/'", "may not contain '%'")),
                Arguments.of(ROLE, "..", List.of("may not be '..'")),
                Arguments.of(new GroupKind("rbac.authorization.k8s.io", "ClusterRoleBinding"), ".", List.of(
                        "may not be '.'")),
                Arguments.of(new GroupKind("example.com", "Widget"), "my.widget", List.of()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("names")
    void check_appliesTheKindsNameFormat(GroupKind kind, String name, List<String> messages) {
        assertThat(NameRules.check(kind, name)).isEqualTo(messages);
    }

    @Test
    void generateNamePrefix_mayEndInADash() {
        assertThat(NameRules.ruleFor(POD).check("web-", true)).isEmpty();
        assertThat(NameRules.ruleFor(NAMESPACE).check("Foo-", true)).containsExactly(LABEL);
        assertThat(NameRules.ruleFor(POD).check("web-", false)).containsExactly(SUBDOMAIN);
    }

    @Test
    void generateName_appendsFiveCharactersOfTheServersAlphabet() {
        String name = NameRules.generateName("web-", new SplittableRandom(7));

        assertThat(name).startsWith("web-").hasSize(9);
        assertThat(name.substring(4)).matches("[bcdfghjklmnpqrstvwxz2456789]{5}");
    }

    @Test
    void generateName_cutsLongPrefixesTo58Characters() {
        String prefix = "p".repeat(70);

        String name = NameRules.generateName(prefix, new SplittableRandom(1));

        assertThat(name).hasSize(63).startsWith("p".repeat(58));
        assertThat(name.substring(58)).matches("[bcdfghjklmnpqrstvwxz2456789]{5}");
    }
}
