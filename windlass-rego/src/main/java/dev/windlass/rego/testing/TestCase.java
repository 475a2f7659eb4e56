package dev.windlass.rego.testing;

import dev.windlass.rego.ast.Location;
import java.util.List;

/**
  * A test found in the modules: a rule whose name starts with {@code test_} (run) or
  * {@code todo_test_} (reported as skipped).
  *
  * @param pkg the package as OPA prints it, such as {@code data.k8sallowedrepos}
  * @param name the rule reference below the package, such as {@code test_denied} (a duplicate name
  *     gets OPA's {@code #01} suffix)
  * @param location where the rule starts
  * @param skip whether this is a {@code todo_test_} rule
  * @param path the document path below {@code data} that the runner queries
  * @param cases whether the rule is a partial object whose entries are named cases
  *     ({@code test_cases[note] if {…}}), each passing when {@code true}
  */
public record TestCase(
        String pkg, String name, Location location, boolean skip, List<String> path, boolean cases) {
    public TestCase {
        path = List.copyOf(path);
    }

    /** The full name, as {@code opa test} prints it: {@code data.pkg.test_name}. */
    public String fullName() {
        return pkg + "." + name;
    }
}
