package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Tekton's rules for a {@code taskRef} or {@code pipelineRef}: a plain name, or a resolver with params. */
final class RefRules {

    private static final Pattern QUALIFIED_NAME = Pattern.compile(
            "([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern URL_LIKE = Pattern.compile("[\\w-]+://.*");

    private final Reading reading;

    RefRules(Reading reading) {
        this.reading = reading;
    }

    void ref(String name, Optional<String> resolver, List<Param> params, FieldPath at) {
        if (resolver.isPresent() || !params.isEmpty()) {
            if (!params.isEmpty() && !name.isEmpty()) {
                reading.error(ModelCodes.ONE_OF, at.key("name"), "expected exactly one, got both: name, params;"
                        + " with a resolver, name the object in the resolver's params");
            }
            if (resolver.isEmpty()) {
                reading.error(ModelCodes.MISSING_FIELD, at.key("resolver"), "missing field(s): resolver; say which"
                        + " resolver (git, bundles, hub, cluster, http) reads these params");
            }
            new ParamRules(reading).values(params, at.key("params"));
            if (resolver.isPresent() && params.isEmpty() && !name.isEmpty()) {
                conciseSyntax(at);
            }
        } else if (name.isEmpty()) {
            reading.error(ModelCodes.MISSING_FIELD, at.key("name"), "missing field(s): name; name the object to run,"
                    + " or give a resolver with params");
        } else if (URL_LIKE.matcher(name).matches()) {
            conciseSyntax(at);
        } else if (name.length() > 253 || !QUALIFIED_NAME.matcher(name).matches()) {
            reading.error(ModelCodes.INVALID_FIELD, at.key("name"), "invalid value: " + name + ": name must"
                    + " consist of alphanumeric characters, '-', '_' or '.', and must start and end with an"
                    + " alphanumeric character");
        }
    }

    private void conciseSyntax(FieldPath at) {
        reading.error(ModelCodes.UNSUPPORTED, at.key("name"), "feature flag enable-concise-resolver-syntax should"
                + " be set to true to use concise resolver syntax; give the resolver's params instead of a URL name");
    }
}
