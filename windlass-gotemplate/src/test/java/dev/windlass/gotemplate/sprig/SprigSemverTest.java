package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.sprig.SprigCalls.call;
import static dev.windlass.gotemplate.sprig.SprigCalls.fail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.gotemplate.GoMember;
import dev.windlass.gotemplate.GoObject;
import org.junit.jupiter.api.Test;

/** Needs the semver package (written in parallel); passes once both branches are merged. */
class SprigSemverTest {

    private static Object method(Object receiver, String name, Object... args) throws Exception {
        GoMember m = ((GoObject) receiver).member(name);
        return ((GoMember.Method) m).func().body().call(args);
    }

    @Test
    void semver_exposesItsPartsAsMethods() throws Exception {
        Object v = call("semver", "v1.2.3-beta.1+build");
        assertThat(method(v, "Major")).isEqualTo(1L);
        assertThat(method(v, "Minor")).isEqualTo(2L);
        assertThat(method(v, "Patch")).isEqualTo(3L);
        assertThat(method(v, "Prerelease")).isEqualTo("beta.1");
        assertThat(method(v, "Metadata")).isEqualTo("build");
        assertThat(method(v, "Original")).isEqualTo("v1.2.3-beta.1+build");
        assertThat(v.toString()).isEqualTo("1.2.3-beta.1+build");
        assertThat(method(v, "Compare", call("semver", "1.2.3"))).isEqualTo(-1);
    }

    @Test
    void semverCompare_checksConstraints() throws Exception {
        assertThat(call("semverCompare", ">=1.2.0", "1.4.0")).isEqualTo(true);
        assertThat(call("semverCompare", "^1.2", "2.0.0")).isEqualTo(false);
        assertThat(call("semverCompare", "~1.2.3", "1.2.9")).isEqualTo(true);
        assertThat(fail("semver", "not-a-version")).isEqualTo("invalid semantic version");
    }
}
