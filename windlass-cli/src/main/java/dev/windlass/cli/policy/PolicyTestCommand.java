package dev.windlass.cli.policy;

import dev.windlass.cli.StandardInput;
import dev.windlass.model.KubeObject;
import dev.windlass.policy.Decision;
import dev.windlass.policy.EnforcementAction;
import dev.windlass.policy.EnforcementPoint;
import dev.windlass.policy.Inventory;
import dev.windlass.policy.PolicyException;
import dev.windlass.policy.PolicySet;
import dev.windlass.policy.Review;
import dev.windlass.policy.gator.GatorException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
  * {@code windlass policy test -t TEMPLATES -c CONSTRAINTS MANIFESTS...}: reviews manifests against
  * Gatekeeper policies, as {@code gator test} does, and prints each violation.
  */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Review Kubernetes objects against Gatekeeper ConstraintTemplates and constraints, as gator test does. "
                    + "Each object is reviewed as a CREATE at the gator enforcement point; every object given is "
                    + "also in the inventory (data.inventory) for referential policies. Templates, constraints and "
                    + "a Config found among MANIFESTS are used as policies too.",
            "",
            "Prints one line per violation: API-VERSION/KIND [NAMESPACE/]NAME: [\"CONSTRAINT\"] Message: \"MSG\" "
                    + "(or a JSON or YAML list with -o)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  windlass policy test -t templates/ -c constraints/ deploy/",
            "  windlass render deploy | windlass policy test -t policies/ -c policies/ -",
            "  windlass policy test -t t.yaml -c c.yaml pod.yaml -o json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no violation with enforcement action deny (warn and dryrun violations may have been printed)",
            "1:a deny violation was printed, or a policy or manifest could not be read or evaluated",
            "2:usage error: unknown option or bad value"})
final class PolicyTestCommand implements Callable<Integer> {

    @Option(names = {"-t", "--templates"}, paramLabel = "PATH", order = 1,
            description = "A ConstraintTemplate file or directory (repeatable).")
    List<String> templates = new ArrayList<>();

    @Option(names = {"-c", "--constraints"}, paramLabel = "PATH", order = 2,
            description = "A constraint file or directory (repeatable).")
    List<String> constraints = new ArrayList<>();

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "rego", order = 4,
            description = "Which code runs for a template with both Rego and CEL (K8sNativeValidation): rego (the "
                    + "default) or cel (Gatekeeper's and gator's choice). Templates with one kind of code run it.")
    String engine = "rego";

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", order = 3,
            description = "Output format: text (default), json or yaml.")
    String output = "text";

    @Parameters(arity = "1..*", paramLabel = "MANIFESTS",
            description = "Files or directories of objects to review, or - for standard input.")
    List<String> manifests = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("text", "json", "yaml").contains(output)) {
            err.println("error: unknown output format \"" + output + "\"; use text, json or yaml");
            err.flush();
            return PolicyExit.USAGE;
        }
        PolicySet.Engine preferred = PolicyEngines.parse(engine);
        if (preferred == null) {
            err.println("error: unknown engine \"" + engine + "\"; use rego or cel");
            err.flush();
            return PolicyExit.USAGE;
        }
        try {
            return review(err, preferred);
        } catch (GatorException | PolicyException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return PolicyExit.FAILED;
        }
    }

    private int review(PrintWriter err, PolicySet.Engine preferred) throws GatorException, PolicyException {
        Object root = spec.root().userObject();
        InputStream stdin = root instanceof StandardInput s ? s.stdin() : System.in;
        List<KubeObject> policyObjects = new ArrayList<>(PolicyInputs.read(templates, stdin));
        policyObjects.addAll(PolicyInputs.read(constraints, stdin));
        List<KubeObject> reviewed = new ArrayList<>();
        for (KubeObject o : PolicyInputs.read(manifests, stdin)) {
            (PolicySet.isPolicyObject(o) ? policyObjects : reviewed).add(o);
        }
        // -t and -c may name the same files (one policies/ folder, or one file with everything):
        // an object read twice is one object.
        PolicySet policies = PolicySet.of(new ArrayList<>(new LinkedHashSet<>(policyObjects)), preferred);
        Inventory inventory = Inventory.of(reviewed);
        List<TestFinding> findings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (KubeObject object : reviewed) {
            Decision d = policies.review(Review.create(object), EnforcementPoint.GATOR, inventory);
            d.violations().forEach(v -> findings.add(new TestFinding(object, v)));
            errors.addAll(d.errors());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(TestFinding.format(output, findings));
        out.flush();
        errors.forEach(e -> err.println("error: " + e));
        err.flush();
        boolean denied = findings.stream().anyMatch(f -> f.violation().action() == EnforcementAction.DENY);
        return denied || !errors.isEmpty() ? PolicyExit.FAILED : PolicyExit.OK;
    }
}
