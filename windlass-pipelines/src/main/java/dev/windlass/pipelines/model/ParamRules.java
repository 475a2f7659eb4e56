package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Tekton's rules for declared params, params given values, and declared results. */
final class ParamRules {

    private final Reading reading;

    ParamRules(Reading reading) {
        this.reading = reading;
    }

    /** {@code params[]} declarations of a Task, Pipeline or StepAction at {@code at.params}. */
    void specs(List<ParamSpec> specs, FieldPath at) {
        FieldPath list = at.key("params");
        Names.unique(reading, specs, ParamSpec::name, list, "param");
        for (int i = 0; i < specs.size(); i++) {
            spec(specs.get(i), list.index(i));
        }
    }

    private void spec(ParamSpec spec, FieldPath at) {
        boolean object = spec.type() == ParamType.OBJECT;
        if (spec.name().isEmpty()) {
            reading.error(ModelCodes.MISSING_FIELD, at.key("name"), "missing field(s): name; give the param a name");
        } else if (!Names.isParamName(spec.name(), object)) {
            reading.error(ModelCodes.INVALID_FIELD, at.key("name"), "invalid param name \"" + spec.name()
                    + "\": it must begin with a letter or '_' and contain only letters, digits, '-', '_'"
                    + (object ? "" : " and '.'"));
        }
        Optional<ParamValue> defaultValue = spec.defaultValue();
        if (defaultValue.isPresent() && defaultValue.get().type() != spec.type()) {
            reading.error(ModelCodes.INVALID_FIELD, at.key("default"), "\"" + spec.type().text()
                    + "\" type does not match default value's type: \"" + defaultValue.get().type().text()
                    + "\"; change the type or write the default as " + shape(spec.type()));
        }
        if (object && spec.properties().isEmpty()) {
            reading.error(ModelCodes.MISSING_FIELD, at.key("properties"), "missing field(s): " + spec.name()
                    + ".properties; an object param must declare its keys under properties");
        }
        properties(spec.properties(), at);
        enumValues(spec, at);
    }

    private void properties(Map<String, ParamType> properties, FieldPath at) {
        for (Map.Entry<String, ParamType> property : properties.entrySet()) {
            if (property.getValue() != ParamType.STRING) {
                reading.error(ModelCodes.INVALID_FIELD, at.key("properties").key(property.getKey()).key("type"),
                        "The value type specified for key " + property.getKey() + " is invalid; object keys"
                                + " must be of type string");
            }
        }
    }

    private void enumValues(ParamSpec spec, FieldPath at) {
        if (spec.enumValues().isEmpty()) {
            return;
        }
        if (spec.type() != ParamType.STRING) {
            reading.error(ModelCodes.INVALID_FIELD, at.key("enum"), "enum can only be set with string type param;"
                    + " remove enum or make " + spec.name() + " a string");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < spec.enumValues().size(); i++) {
            String value = spec.enumValues().get(i);
            if (!seen.add(value)) {
                reading.error(ModelCodes.DUPLICATE, at.key("enum").index(i), "parameter enum value " + value
                        + " appears more than once; list each allowed value once");
            }
        }
        if (spec.defaultValue().orElse(null) instanceof ParamValue.Str str && !str.value().isEmpty()
                && !spec.enumValues().contains(str.value())) {
            reading.error(ModelCodes.INVALID_FIELD, at.key("default"), "param default value " + str.value()
                    + " not in the enum list; use one of " + spec.enumValues());
        }
    }

    /** Params given values ({@code params[]} of a run or a pipeline task), at {@code list}. */
    void values(List<Param> params, FieldPath list) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < params.size(); i++) {
            String name = params.get(i).name();
            if (name.isEmpty()) {
                reading.error(ModelCodes.MISSING_FIELD, list.index(i).key("name"), "missing field(s): name;"
                        + " say which param this value is for");
            } else if (!seen.add(name)) {
                reading.error(ModelCodes.DUPLICATE, list.index(i).key("name"), "parameter names must be unique,"
                        + " the parameter \"" + name + "\" is also defined earlier; give it once");
            }
        }
    }

    /** Declared results of a Task or StepAction ({@code results[]}). */
    void results(List<ResultSpec> results, FieldPath list) {
        Names.unique(reading, results, ResultSpec::name, list, "result");
        for (int i = 0; i < results.size(); i++) {
            ResultSpec result = results.get(i);
            FieldPath at = list.index(i);
            if (!Names.isResultName(result.name())) {
                reading.error(ModelCodes.INVALID_FIELD, at.key("name"), "invalid key name \"" + result.name()
                        + "\": Name must consist of alphanumeric characters, '-', '_', and must start and end with"
                        + " an alphanumeric character (e.g. 'MyName', or 'my-name', or 'my_name')");
            }
            if (result.type() == ParamType.OBJECT && result.properties().isEmpty()) {
                reading.error(ModelCodes.MISSING_FIELD, at.key("properties"), "missing field(s): " + result.name()
                        + ".properties; an object result must declare its keys under properties");
            }
            properties(result.properties(), at);
        }
    }

    private static String shape(ParamType type) {
        switch (type) {
            case ARRAY:
                return "a YAML list";
            case OBJECT:
                return "a YAML map";
            default:
                return "a single value";
        }
    }
}
