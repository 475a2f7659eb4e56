package dev.windlass.sandbox.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.resource.ApiResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A replicated workload with negative {@code spec.replicas} is refused as kube-apiserver refuses it. */
class NegativeReplicasTest {

    private static Sandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().controllers(false).start();
        sandbox.api().create(resource("", "v1", "namespaces"), "", MetadataValidatorTest.obj(
                "{'apiVersion':'v1','kind':'Namespace','metadata':{'name':'replicas'}}"), WriteOptions.DEFAULT);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Deployment, deployments", "ReplicaSet, replicasets", "StatefulSet, statefulsets"})
    void create_refusesNegativeReplicasWith422(String kind, String plural) {
        MapNode workload = MetadataValidatorTest.obj("{'apiVersion':'apps/v1','kind':'" + kind + "',"
                + "'metadata':{'name':'w'},'spec':{'replicas':-1,'serviceName':'w',"
                + "'selector':{'matchLabels':{'app':'w'}},'template':{'metadata':{'labels':{'app':'w'}},"
                + "'spec':{'containers':[{'name':'c','image':'nginx'}]}}}}");

        assertThatThrownBy(() -> sandbox.api().create(resource("apps", "v1", plural), "replicas", workload,
                WriteOptions.DEFAULT)).isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(422);
                    assertThat(e.reason()).isEqualTo("Invalid");
                    assertThat(e.getMessage()).isEqualTo(kind + ".apps \"w\" is invalid: spec.replicas: Invalid value: -1:"
                            + " must be greater than or equal to 0");
                });
        assertThat(sandbox.api().store().list("apps", plural, "replicas")).isEmpty();
    }

    private static ApiResource resource(String group, String version, String plural) {
        return sandbox.api().registry().find(group, version, plural).orElseThrow();
    }
}
