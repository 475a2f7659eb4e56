package dev.windlass.policy.gator;

import java.util.List;

/**
  * A gator Suite ({@code test.gatekeeper.sh/v1alpha1}, kind Suite). Paths inside are relative to
  * the suite file's directory.
  *
  * @param path the suite file, a path in the snapshot it was read from
  * @param name {@code metadata.name}
  * @param tests its tests, in order
  * @param skip whether the whole suite is skipped
  */
public record Suite(String path, String name, List<Test> tests, boolean skip) {
    public Suite {
        tests = List.copyOf(tests);
    }

    /**
      * One test: a template and a constraint, with cases.
      *
      * @param invalid whether the constraint is expected to be rejected by the template's schema
      */
    public record Test(String name, String template, String constraint, List<Case> cases, boolean invalid,
                       boolean skip) {
        public Test {
            cases = List.copyOf(cases);
        }
    }

    /**
      * One case: an object (or AdmissionReview) to review, inventory files, and assertions.
      */
    public record Case(String name, String object, List<String> inventory, List<Assertion> assertions,
                       boolean skip) {
        public Case {
            inventory = List.copyOf(inventory);
            assertions = List.copyOf(assertions);
        }
    }
}
