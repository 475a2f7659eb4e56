package dev.windlass.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.rego.RegoParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegoTemplateEngineTest {

    @Test
    void violationQuery_usesDotsForIdentifiersAndBracketsOtherwise() {
        assertThat(RegoTemplateEngine.violationQuery(List.of("k8srequiredlabels")))
                .isEqualTo("data.k8srequiredlabels.violation");
        assertThat(RegoTemplateEngine.violationQuery(List.of("a", "b-c")))
                .isEqualTo("data.a[\"b-c\"].violation");
    }

    @Test
    void packagePath_listsEveryPart() throws Exception {
        assertThat(RegoTemplateEngine.packagePath(RegoParser.parse("a.rego", "package a.b.c\n")))
                .containsExactly("a", "b", "c");
    }

    @Test
    void dataReferences_allowLibAndInventoryOnly() throws Exception {
        assertThat(DataReferences.disallowed(RegoParser.parse("a.rego", """
                package a
                import data.lib.helpers
                violation[{"msg": "m"}] { data.inventory.cluster[_]; helpers.ok }
                """))).isEmpty();
        assertThat(DataReferences.disallowed(RegoParser.parse("a.rego", """
                package a
                violation[{"msg": "m"}] { data.other.x == 1 }
                """))).singleElement().asString().startsWith("data.other at a.rego:2:");
    }

    @Test
    void templateReadingOtherData_isRejected() {
        String template = TestObjects.REQUIRED_LABELS_TEMPLATE.replace("count(missing) > 0",
                "count(missing) > data.config.min");
        assertThatThrownBy(() -> PolicySet.of(TestObjects.all(template)))
                .hasMessageContaining("ConstraintTemplate k8srequiredlabels: rego: invalid data reference data.config")
                .hasMessageContaining("only data.lib");
    }
}
