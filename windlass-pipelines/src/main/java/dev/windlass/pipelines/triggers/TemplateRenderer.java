package dev.windlass.pipelines.triggers;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.subst.Replacements;
import dev.windlass.pipelines.subst.Substitution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a TriggerTemplate's resource templates as Tekton does: on each template's JSON text (in one
 * pass of {@link Substitution}), {@code $(tt.params.NAME)} is replaced by the param's value (with
 * {@code $(} escaped as {@code $$(}, and quotes escaped under {@code old-escape-quotes}), {@code $(uid)} by one id per trigger; the text is read
 * back as JSON, given the namespace of the trigger when it has none, and labelled with the listener,
 * trigger and event id. Unbound {@code $(tt.params.x)} stay as written.
 */
final class TemplateRenderer {

    static final String LISTENER_LABEL = "triggers.tekton.dev/eventlistener";
    static final String TRIGGER_LABEL = "triggers.tekton.dev/trigger";
    static final String EVENT_LABEL = "triggers.tekton.dev/triggers-eventid";

    /** The objects rendered, or why the trigger's resources cannot be created. */
    record Rendered(List<KubeObject> objects, String problem) {
    }

    private TemplateRenderer() {
    }

    static Rendered render(TriggerTemplate template, Map<String, String> params, String uid, Labels labels) {
        List<KubeObject> out = new ArrayList<>();
        JsonReader reader = JsonReader.create(CodecLimits.DEFAULT.withMaxFileBytes(64L << 20)
                .withMaxDocumentBytes(64L << 20));
        Replacements replacements = replacements(template, params, uid);
        for (int i = 0; i < template.resourceTemplates().size(); i++) {
            String text = Substitution.apply(JsonWriter.write(template.resourceTemplates().get(i), 0), replacements);
            ParsedStream parsed = reader.read("resourcetemplates[" + i + "]", text);
            if (parsed.hasErrors() || parsed.documents().isEmpty()
                    || !(parsed.documents().get(0).content() instanceof MapNode map)) {
                return new Rendered(List.of(), "couldn't unmarshal json from the TriggerTemplate resourcetemplates[" + i
                        + "] after substitution (a param holding JSON inside a quoted string?)");
            }
            out.add(label(KubeObject.of(map), labels));
        }
        return new Rendered(out, null);
    }

    /** {@code tt.params.NAME} for each param (value escaped as Tekton does) and {@code uid}. */
    private static Replacements replacements(TriggerTemplate template, Map<String, String> params, String uid) {
        Replacements.Builder out = Replacements.builder();
        params.forEach((name, value) -> {
            String quoted = template.oldEscapeQuotes() ? value.replace("\"", "\\\"") : value;
            out.string("tt.params." + name, quoted.replace("$(", "$$("));
        });
        return out.string("uid", uid).build();
    }

    /** The labels and namespace every created object gets. */
    record Labels(String listener, String trigger, String eventId, String namespace) {
    }

    private static KubeObject label(KubeObject object, Labels labels) {
        KubeObject out = object.withLabel(LISTENER_LABEL, labels.listener())
                .withLabel(EVENT_LABEL, labels.eventId())
                .withLabel(TRIGGER_LABEL, labels.trigger());
        return out.namespace().isEmpty() ? out.withNamespace(labels.namespace()) : out;
    }
}
