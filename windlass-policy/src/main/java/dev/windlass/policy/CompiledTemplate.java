package dev.windlass.policy;

/**
  * A ConstraintTemplate compiled once: its constraint kind, parameters schema and engine. A
  * template with both Rego and CEL code runs the code {@link PolicySet.Engine} prefers.
  */
record CompiledTemplate(String name, String kind, ParameterSchema schema, TemplateEngine engine) {

    static CompiledTemplate compile(TemplateSource source, PolicySet.Engine preferred) throws PolicyException {
        boolean cel = source.rego() == null || (preferred == PolicySet.Engine.CEL_FIRST && source.cel() != null);
        TemplateEngine engine = cel ? CelEngines.compile(source) : RegoTemplateEngine.compile(source);
        return new CompiledTemplate(source.name(), source.kind(), new ParameterSchema(source.schema()), engine);
    }
}
