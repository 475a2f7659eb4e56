/**
  * Gator's offline checks on the constraint framework: {@link dev.windlass.policy.gator.SuiteReader}
  * reads {@code test.gatekeeper.sh/v1alpha1} Suite files, {@link dev.windlass.policy.gator.SuiteRunner}
  * runs their tests and cases like {@code gator verify}, and {@link dev.windlass.policy.gator.ObjectFiles}
  * reads the YAML files they name, all through a {@link dev.windlass.model.snapshot.Snapshot}.
  */
package dev.windlass.policy.gator;
