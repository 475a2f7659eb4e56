package dev.windlass.rego.ast;

import java.util.List;

/**
  * A parsed Rego file.
  *
  * @param file the file name given to the parser
  * @param pkg the package declaration
  * @param imports imports in source order
  * @param rules rules in source order
  * @param version the syntax the module was parsed with
  */
public record Module(String file, PackageDecl pkg, List<Import> imports, List<Rule> rules, RegoVersion version) {
    public Module {
        imports = List.copyOf(imports);
        rules = List.copyOf(rules);
    }
}
