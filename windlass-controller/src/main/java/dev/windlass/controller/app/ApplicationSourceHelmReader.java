package dev.windlass.controller.app;

import static dev.windlass.controller.app.SourceBlocks.putFlag;
import static dev.windlass.controller.app.SourceBlocks.putList;
import static dev.windlass.controller.app.SourceBlocks.putText;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an Application's {@code spec.source.helm} into {@link ApplicationSourceHelm}, with an
 * {@code InvalidSpecError} naming the field for each value of the wrong shape, and writes it back
 * as the {@code helm} block of {@code status.sync.comparedTo.source} with the fields that are set,
 * in the order of Argo CD's type.
 */
final class ApplicationSourceHelmReader {

    private final SpecFields fields;
    private final FieldPath at;

    private ApplicationSourceHelmReader(SpecFields fields, FieldPath at) {
        this.fields = fields;
        this.at = at;
    }

    /** The options in {@code helm}, the map at {@code at}. */
    static ApplicationSourceHelm read(SpecFields fields, MapNode helm, FieldPath at) {
        return new ApplicationSourceHelmReader(fields, at).options(helm);
    }

    private ApplicationSourceHelm options(MapNode h) {
        return new ApplicationSourceHelm(strings(h, "valueFiles"), fields.bool(h, at, "ignoreMissingValueFiles"),
                fields.text(h, at, "values", ""), valuesObject(h), parameters(h), fileParameters(h),
                fields.text(h, at, "releaseName", ""), fields.text(h, at, "namespace", ""), fields.bool(h, at, "skipCrds"),
                fields.bool(h, at, "skipSchemaValidation"), fields.bool(h, at, "skipTests"),
                fields.text(h, at, "kubeVersion", ""), strings(h, "apiVersions"), fields.bool(h, at, "passCredentials"),
                fields.text(h, at, "version", ""));
    }

    private Optional<MapNode> valuesObject(MapNode h) {
        Optional<Node> node = h.get("valuesObject").filter(n -> !(n instanceof NullNode));
        if (node.isPresent() && !(node.get() instanceof MapNode)) {
            fields.error(at.key("valuesObject"), "must be an object (the values as YAML keys); for a YAML string use"
                    + " helm.values");
            return Optional.empty();
        }
        return node.map(MapNode.class::cast);
    }

    private List<String> strings(MapNode h, String key) {
        List<String> out = new ArrayList<>();
        List<Node> items = fields.list(h, at, key);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof StringNode text) {
                out.add(text.value());
            } else {
                fields.error(at.key(key).index(i), "must be a string");
            }
        }
        return out;
    }

    private List<ApplicationSourceHelm.Parameter> parameters(MapNode h) {
        List<ApplicationSourceHelm.Parameter> out = new ArrayList<>();
        List<Node> items = fields.list(h, at, "parameters");
        for (int i = 0; i < items.size(); i++) {
            FieldPath item = at.key("parameters").index(i);
            if (!(items.get(i) instanceof MapNode entry)) {
                fields.error(item, "must be an object with name, value and forceString");
                continue;
            }
            String name = fields.text(entry, item, "name", "");
            String value = scalar(entry, item, "value");
            boolean forceString = fields.bool(entry, item, "forceString");
            if (name.isEmpty()) {
                fields.error(item.key("name"), "is required: the value's path, like image.tag");
            } else {
                out.add(new ApplicationSourceHelm.Parameter(name, value, forceString));
            }
        }
        return out;
    }

    /** A parameter's value: a string; a number or a boolean is an error, as Argo CD's type is a string. */
    private String scalar(MapNode entry, FieldPath item, String key) {
        Optional<Node> node = entry.get(key).filter(n -> !(n instanceof NullNode));
        if (node.isPresent() && node.get() instanceof BoolNode flag) {
            fields.error(item.key(key), "must be a string: quote it (\"" + flag.value() + "\")");
            return "";
        }
        return fields.text(entry, item, key, "");
    }

    private List<ApplicationSourceHelm.FileParameter> fileParameters(MapNode h) {
        List<ApplicationSourceHelm.FileParameter> out = new ArrayList<>();
        List<Node> items = fields.list(h, at, "fileParameters");
        for (int i = 0; i < items.size(); i++) {
            FieldPath item = at.key("fileParameters").index(i);
            if (!(items.get(i) instanceof MapNode entry)) {
                fields.error(item, "must be an object with name and path");
                continue;
            }
            String name = fields.text(entry, item, "name", "");
            String path = fields.text(entry, item, "path", "");
            if (name.isEmpty()) {
                fields.error(item.key("name"), "is required: the value's path, like config.file");
            } else if (path.isEmpty()) {
                fields.error(item.key("path"), "is required: the file, relative to the chart");
            } else {
                out.add(new ApplicationSourceHelm.FileParameter(name, path));
            }
        }
        return out;
    }

    /** {@code helm} as the {@code helm} block of a source in the status, with the fields that are set. */
    static MapNode node(ApplicationSourceHelm helm) {
        MapNode.Builder out = MapNode.builder();
        putList(out, "valueFiles", helm.valueFiles());
        if (!helm.parameters().isEmpty()) {
            out.put("parameters", ListNode.of(helm.parameters().stream().map(ApplicationSourceHelmReader::parameter)
                    .toArray(Node[]::new)));
        }
        putText(out, "releaseName", helm.releaseName());
        putText(out, "values", helm.values());
        if (!helm.fileParameters().isEmpty()) {
            out.put("fileParameters", ListNode.of(helm.fileParameters().stream()
                    .map(p -> (Node) MapNode.of("name", p.name(), "path", p.path())).toArray(Node[]::new)));
        }
        putText(out, "version", helm.version());
        putFlag(out, "passCredentials", helm.passCredentials());
        putFlag(out, "ignoreMissingValueFiles", helm.ignoreMissingValueFiles());
        putFlag(out, "skipCrds", helm.skipCrds());
        helm.valuesObject().ifPresent(object -> out.put("valuesObject", object));
        putText(out, "namespace", helm.namespace());
        putText(out, "kubeVersion", helm.kubeVersion());
        putList(out, "apiVersions", helm.apiVersions());
        putFlag(out, "skipTests", helm.skipTests());
        putFlag(out, "skipSchemaValidation", helm.skipSchemaValidation());
        return out.build();
    }

    private static Node parameter(ApplicationSourceHelm.Parameter parameter) {
        MapNode.Builder out = MapNode.builder().put("name", Node.of(parameter.name()));
        putText(out, "value", parameter.value());
        putFlag(out, "forceString", parameter.forceString());
        return out.build();
    }
}
