package dev.windlass.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import dev.windlass.render.archfixture.ReadsFilesDirectly;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of ARCHITECTURE.md, enforced on the compiled main classes of every module
 * on this module's class path. A failure names the rule; fix the import, not the rule.
 */
class ArchitectureTest {

    private static final String LOCAL_SNAPSHOT = "dev.windlass.model.snapshot.LocalSnapshot";
    private static final Set<String> FILE_CLASSES = Set.of("java.io.File", "java.io.FileInputStream",
            "java.io.FileOutputStream", "java.io.FileReader", "java.io.FileWriter", "java.io.RandomAccessFile");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ArchitectureTest::isMainClass)
                .importPackages("dev.windlass");
    }

    static final ArchRule MODEL_DEPENDS_ON_NO_OTHER_MODULE = noClasses()
            .that().resideInAPackage("dev.windlass.model..")
            .should().dependOnClassesThat(resideInAPackage("dev.windlass..").and(not(resideInAPackage("dev.windlass.model.."))))
            .because("ARCHITECTURE.md: windlass-model is the bottom of the module map and depends on no other windlass module");

    static final ArchRule RENDER_DOES_NOT_DEPEND_ON_CLI = noClasses()
            .that().resideInAPackage("dev.windlass.render..")
            .should().dependOnClassesThat().resideInAPackage("dev.windlass.cli..")
            .because("ARCHITECTURE.md: arrows point down the module table; windlass-render may not use windlass-cli");

    static final ArchRule ONLY_EDGES_TOUCH_FILES_AND_NETWORK = noClasses()
            .that(not(localSnapshot()).and(not(resideInAnyPackage("dev.windlass.cli..", "dev.windlass.sandbox..",
                    "dev.windlass.server..", "dev.windlass.git..", "dev.windlass.kube..", "dev.windlass.helm.transport..",
                    "dev.windlass.pipelines.local..", "dev.windlass.pipelines.store.."))))
            .should().dependOnClassesThat(fileSystemOrNetwork())
            .because("ARCHITECTURE.md: only the edges do I/O; render reads a Snapshot, not java.io.File "
                    + "(LocalSnapshot, the sandbox server, the local API server, the git and kube adapters, Helm's chart "
                    + "repository transport, the local pipeline executor and run store, and the CLI are the edges)");

    static final ArchRule ONLY_THE_CLI_USES_THE_SANDBOX = noClasses()
            .that().resideOutsideOfPackages("dev.windlass.sandbox..", "dev.windlass.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.windlass.sandbox..")
            .because("ARCHITECTURE.md: the engine talks to the sandbox through the same cluster adapter as to a "
                    + "real cluster; no engine code may use it directly");

    static final ArchRule SANDBOX_DEPENDS_ONLY_ON_MODEL = noClasses()
            .that().resideInAPackage("dev.windlass.sandbox..")
            .should().dependOnClassesThat(resideInAPackage("dev.windlass..")
                    .and(not(resideInAnyPackage("dev.windlass.sandbox..", "dev.windlass.model.."))))
            .because("ARCHITECTURE.md: windlass-sandbox may depend on windlass-model only");

    static final ArchRule KUSTOMIZE_DEPENDS_ONLY_ON_MODEL = noClasses()
            .that().resideInAPackage("dev.windlass.kustomize..")
            .should().dependOnClassesThat(resideInAPackage("dev.windlass..")
                    .and(not(resideInAnyPackage("dev.windlass.kustomize..", "dev.windlass.model.."))))
            .because("windlass-kustomize builds kustomizations from a snapshot and depends on windlass-model only");

    static final ArchRule GOTEMPLATE_IS_STANDALONE = noClasses()
            .that().resideInAPackage("dev.windlass.gotemplate..")
            .should().dependOnClassesThat(resideInAPackage("dev.windlass..")
                    .and(not(resideInAPackage("dev.windlass.gotemplate.."))))
            .because("ARCHITECTURE.md: windlass-gotemplate is a standalone library (JDK only)");

    static final ArchRule REGO_IS_STANDALONE = noClasses()
            .that().resideInAPackage("dev.windlass.rego..")
            .should().dependOnClassesThat(resideInAPackage("dev.windlass..")
                    .and(not(resideInAPackage("dev.windlass.rego.."))))
            .because("ARCHITECTURE.md: windlass-rego is a standalone Rego engine (JDK and Jackson only)");

    static final ArchRule POLICY_DEPENDS_ONLY_ON_MODEL_AND_REGO = noClasses()
            .that().resideInAPackage("dev.windlass.policy..")
            .should().dependOnClassesThat(resideInAPackage("dev.windlass..")
                    .and(not(resideInAnyPackage("dev.windlass.policy..", "dev.windlass.model..", "dev.windlass.rego.."))))
            .because("ARCHITECTURE.md: windlass-policy may depend on windlass-model and windlass-rego only");

    static final ArchRule PIPELINES_DEPEND_ONLY_ON_MODEL = noClasses()
            .that().resideInAPackage("dev.windlass.pipelines..")
            .should().dependOnClassesThat(resideInAPackage("dev.windlass..")
                    .and(not(resideInAnyPackage("dev.windlass.pipelines..", "dev.windlass.model.."))))
            .because("ARCHITECTURE.md: windlass-pipelines may depend on windlass-model only");

    static final ArchRule HELM_DEPENDS_ONLY_ON_MODEL_AND_GOTEMPLATE = noClasses()
            .that().resideInAPackage("dev.windlass.helm..")
            .should().dependOnClassesThat(resideInAPackage("dev.windlass..")
                    .and(not(resideInAnyPackage("dev.windlass.helm..", "dev.windlass.model..", "dev.windlass.gotemplate.."))))
            .because("ARCHITECTURE.md: windlass-helm may depend on windlass-model and windlass-gotemplate only");

    static final ArchRule ENGINE_DEPENDS_ONLY_ON_MODEL = noClasses()
            .that().resideInAPackage("dev.windlass.engine..")
            .should().dependOnClassesThat(resideInAPackage("dev.windlass..")
                    .and(not(resideInAnyPackage("dev.windlass.engine..", "dev.windlass.model.."))))
            .because("ARCHITECTURE.md: windlass-engine is pure and depends on windlass-model only");

    static final ArchRule ADAPTERS_DEPEND_ONLY_ON_ENGINE_AND_MODEL = noClasses()
            .that().resideInAnyPackage("dev.windlass.git..", "dev.windlass.kube..")
            .should().dependOnClassesThat(resideInAPackage("dev.windlass..")
                    .and(not(resideInAnyPackage("dev.windlass.git..", "dev.windlass.kube..", "dev.windlass.engine..",
                            "dev.windlass.model.."))))
            .because("ARCHITECTURE.md: windlass-git and windlass-kube are adapters that may depend on model and engine only");

    static final ArchRule ONLY_KUBE_AND_CLI_USE_FABRIC8 = noClasses()
            .that().resideOutsideOfPackages("dev.windlass.kube..", "dev.windlass.cli..")
            .should().dependOnClassesThat().resideInAPackage("io.fabric8..")
            .because("ARCHITECTURE.md: ports take and return model types; fabric8 stays inside the kube adapter");

    static final ArchRule ONLY_GIT_USES_JGIT = noClasses()
            .that().resideOutsideOfPackage("dev.windlass.git..")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.jgit..")
            .because("ARCHITECTURE.md: JGit stays inside the git adapter; the engine sees a SourceFetcher");

    static final ArchRule CONTROLLER_IS_BELOW_SERVER_AND_CLI = noClasses()
            .that().resideInAPackage("dev.windlass.controller..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.windlass.server..", "dev.windlass.cli..")
            .because("ARCHITECTURE.md: arrows point down the module table; the controller is used by server and CLI");

    static final ArchRule DOMAIN_DOES_NOT_USE_PICOCLI = noClasses()
            .that().resideInAnyPackage("dev.windlass.model..", "dev.windlass.render..", "dev.windlass.engine..",
                    "dev.windlass.sandbox..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("ARCHITECTURE.md: picocli belongs to windlass-cli, the porcelain edge");

    @Test
    void model_dependsOnNoOtherWindlassModule() {
        MODEL_DEPENDS_ON_NO_OTHER_MODULE.check(classes);
    }

    @Test
    void render_doesNotDependOnCli() {
        RENDER_DOES_NOT_DEPEND_ON_CLI.check(classes);
    }

    @Test
    void onlyLocalSnapshotAndCli_touchFilesOrNetwork() {
        ONLY_EDGES_TOUCH_FILES_AND_NETWORK.check(classes);
    }

    @Test
    void onlyTheCli_usesTheSandbox() {
        ONLY_THE_CLI_USES_THE_SANDBOX.check(classes);
    }

    @Test
    void engine_dependsOnlyOnModel() {
        ENGINE_DEPENDS_ONLY_ON_MODEL.check(classes);
    }

    @Test
    void kustomize_dependsOnlyOnModel() {
        KUSTOMIZE_DEPENDS_ONLY_ON_MODEL.check(classes);
    }

    @Test
    void gotemplate_isStandalone() {
        GOTEMPLATE_IS_STANDALONE.check(classes);
    }

    @Test
    void rego_isStandalone() {
        REGO_IS_STANDALONE.check(classes);
    }

    @Test
    void policy_dependsOnlyOnModelAndRego() {
        POLICY_DEPENDS_ONLY_ON_MODEL_AND_REGO.check(classes);
    }

    @Test
    void pipelines_dependOnlyOnModel() {
        PIPELINES_DEPEND_ONLY_ON_MODEL.check(classes);
    }

    @Test
    void helm_dependsOnlyOnModelAndGotemplate() {
        HELM_DEPENDS_ONLY_ON_MODEL_AND_GOTEMPLATE.check(classes);
    }

    @Test
    void sandbox_dependsOnlyOnModel() {
        SANDBOX_DEPENDS_ONLY_ON_MODEL.check(classes);
    }

    @Test
    void gitAndKube_dependOnlyOnEngineAndModel() {
        ADAPTERS_DEPEND_ONLY_ON_ENGINE_AND_MODEL.check(classes);
    }

    @Test
    void onlyKubeAndCli_useFabric8() {
        ONLY_KUBE_AND_CLI_USE_FABRIC8.check(classes);
    }

    @Test
    void onlyGit_usesJgit() {
        ONLY_GIT_USES_JGIT.check(classes);
    }

    @Test
    void controller_doesNotUseServerOrCli() {
        CONTROLLER_IS_BELOW_SERVER_AND_CLI.check(classes);
    }

    @Test
    void domainAndSandbox_doNotUsePicocli() {
        DOMAIN_DOES_NOT_USE_PICOCLI.check(classes);
    }

    @Test
    void fileRule_failsForARenderClassThatReadsFiles_namingArchitectureMd() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReadsFilesDirectly.class);

        assertThatThrownBy(() -> ONLY_EDGES_TOUCH_FILES_AND_NETWORK.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ARCHITECTURE.md")
                .hasMessageContaining(ReadsFilesDirectly.class.getName());
    }

    /** java.net's pure value classes: parsing and encoding URIs touches no network. */
    private static DescribedPredicate<JavaClass> describedValues() {
        return DescribedPredicate.describe("java.net value classes", c -> Set.of("java.net.URI", "java.net.URISyntaxException",
                "java.net.URLEncoder", "java.net.URLDecoder", "java.net.IDN").contains(c.getName()));
    }

    /** Main classes only; test classes sit in {@code test-classes} whatever the build directory is called. */
    private static boolean isMainClass(Location location) {
        return !location.contains("/test-classes/") && !location.contains("-tests.jar");
    }

    /** LocalSnapshot and its nested classes. */
    private static DescribedPredicate<JavaClass> localSnapshot() {
        return DescribedPredicate.describe("LocalSnapshot",
                c -> c.getName().equals(LOCAL_SNAPSHOT) || c.getName().startsWith(LOCAL_SNAPSHOT + "$"));
    }

    /**
     * java.io's file classes, java.nio.file and java.net. The exceptions of java.nio.file
     * ({@code NoSuchFileException}) are allowed: a Snapshot reports a missing path with them.
     */
    private static DescribedPredicate<JavaClass> fileSystemOrNetwork() {
        DescribedPredicate<JavaClass> fileClasses = DescribedPredicate.describe("java.io file classes",
                c -> FILE_CLASSES.contains(c.getName()));
        DescribedPredicate<JavaClass> nioFile = resideInAPackage("java.nio.file..").and(not(assignableTo(Throwable.class)));
        DescribedPredicate<JavaClass> network = resideInAnyPackage("java.net..").and(not(describedValues()));
        return fileClasses.or(nioFile).or(network)
                .as("java.io.File, java.nio.file or java.net (other than its value classes URI, URLEncoder, URLDecoder)");
    }
}
