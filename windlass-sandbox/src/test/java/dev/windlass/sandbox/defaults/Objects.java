package dev.windlass.sandbox.defaults;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.Operation;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.BuiltinResources;

/** Test objects written as JSON with single quotes, and the admission step run on them. */
final class Objects {

    static final String CONTAINER_IN = "{'name':'c','image':'nginx:1.25'}";
    static final String CONTAINER_OUT = "{'name':'c','image':'nginx:1.25','resources':{},"
            + "'terminationMessagePath':'/dev/termination-log','terminationMessagePolicy':'File',"
            + "'imagePullPolicy':'IfNotPresent'}";
    static final String POD_SPEC_IN = "{'containers':[" + CONTAINER_IN + "]}";
    static final String POD_SPEC_TAIL = "'restartPolicy':'Always','terminationGracePeriodSeconds':30,"
            + "'dnsPolicy':'ClusterFirst','securityContext':{},'schedulerName':'default-scheduler'";
    static final String POD_SPEC_OUT = "{'containers':[" + CONTAINER_OUT + "]," + POD_SPEC_TAIL + "}";
    static final String TEMPLATE_IN = "{'metadata':{'labels':{'app':'a'}},'spec':" + POD_SPEC_IN + "}";
    static final String TEMPLATE_OUT = "{'metadata':{'labels':{'app':'a'},'creationTimestamp':null},'spec':"
            + POD_SPEC_OUT + "}";
    static final String SELECTOR = "{'matchLabels':{'app':'a'}}";
    static final String META = "'metadata':{'name':'x','namespace':'ns','uid':'u-1'}";

    private Objects() {
    }

    static MapNode json(String singleQuoted) {
        return JsonReader.create(CodecLimits.DEFAULT).read("test.json", singleQuoted.replace('\'', '"'))
                .documents().get(0).content().asMap().orElseThrow();
    }

    static String print(MapNode node) {
        return JsonWriter.write(node, 0);
    }

    static ApiResource resource(String group, String version, String kind) {
        return BuiltinResources.all().stream()
                .filter(r -> r.group().equals(group) && r.version().equals(version) && r.kind().equals(kind))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(group + "/" + version + " " + kind));
    }

    static MapNode create(ApiResource resource, MapNode object) {
        return new DefaultingAdmission().admit(Operation.CREATE, resource, null, object);
    }

    static MapNode update(ApiResource resource, MapNode object) {
        return new DefaultingAdmission().admit(Operation.UPDATE, resource, object, object);
    }
}
