package dev.windlass.policy;

import dev.windlass.model.tree.MapNode;
import java.util.List;

/**
  * What a ConstraintTemplate says, read but not compiled.
  *
  * @param name {@code metadata.name}
  * @param kind the constraint kind ({@code spec.crd.spec.names.kind})
  * @param schema the parameters schema ({@code openAPIV3Schema}), or null
  * @param legacySchema whether the schema is legacy (unknown fields preserved); v1beta1 and v1alpha1 default to true
  * @param rego the Rego source, or null when the template has only CEL
  * @param regoV1 whether the Rego source declares {@code version: v1}
  * @param libs the Rego libraries (packages under {@code lib.})
  * @param cel the {@code K8sNativeValidation} source ({@code validations}, {@code variables},
  *     {@code matchConditions}), or null
  */
record TemplateSource(String name, String kind, MapNode schema, boolean legacySchema, String rego, boolean regoV1,
                      List<String> libs, MapNode cel) {
    TemplateSource {
        libs = List.copyOf(libs);
    }

    /** {@code ConstraintTemplate NAME}, how messages name the template. */
    String owner() {
        return "ConstraintTemplate " + name;
    }
}
