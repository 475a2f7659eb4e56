package dev.windlass.policy;

/**
  * A ConstraintTemplate compiled once: its constraint kind, parameters schema and engine. When a
  * template carries both Rego and CEL code, Windlass runs the Rego (see docs/policy.md).
  */
record CompiledTemplate(String name, String kind, ParameterSchema schema, TemplateEngine engine) {

    static CompiledTemplate compile(TemplateSource source) throws PolicyException {
        TemplateEngine engine = source.rego() != null
                ? RegoTemplateEngine.compile(source)
                : CelEngines.compile(source);
        return new CompiledTemplate(source.name(), source.kind(), new ParameterSchema(source.schema()), engine);
    }
}
