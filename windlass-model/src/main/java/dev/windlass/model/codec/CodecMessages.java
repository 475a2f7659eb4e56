package dev.windlass.model.codec;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;

/** The messages of the YAML codec: every expected failure says what is wrong and what to do. */
final class CodecMessages {

    static final String YAML_SYNTAX = "YamlSyntax";
    static final String DUPLICATE_KEY = "DuplicateKey";
    static final String TOO_DEEP = "TooDeep";
    static final String TOO_MANY_DOCUMENTS = "TooManyDocuments";
    static final String DOCUMENT_TOO_LARGE = "DocumentTooLarge";
    static final String ALIAS_EXPANSION = "AliasExpansionLimit";
    static final String UNDEFINED_ALIAS = "UndefinedAlias";
    static final String BAD_KEY = "UnsupportedKey";
    static final String BAD_TAG = "UnsupportedTag";
    static final String BAD_VALUE = "UnrepresentableValue";
    static final String BAD_MERGE = "InvalidMerge";

    private CodecMessages() {
    }

    static Issue syntax(Location at, String problem) {
        String hint = "";
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
            hint = "; YAML does not allow tabs for indentation: indent with spaces";
        } else if (problem.contains("expected <block end>") || problem.contains("mapping values are not allowed")) {
            hint = "; check this line's indentation against the lines above it";
        }
        return Issue.error(YAML_SYNTAX, at, "yaml: " + problem + hint);
    }

    static Issue duplicateKey(Location at, String key, int firstLine, boolean documentRoot) {
        String remedy = documentRoot && (key.equals("apiVersion") || key.equals("kind"))
                ? "two manifests without a '---' line between them? Add one before the second, or the first is lost"
                : "remove one of them";
        return Issue.warning(DUPLICATE_KEY, at, String.format(
                "key \"%s\" is defined again (first at line %d); this later value wins, as in kubectl and Argo CD; %s",
                key, firstLine, remedy));
    }

    static Issue tooDeep(Location at, int limit) {
        return Issue.error(TOO_DEEP, at, String.format(
                "nesting is deeper than %d levels; raise the limit with %s if this is intended",
                limit, CodecLimits.Limit.DEPTH.option()));
    }

    static Issue tooManyDocuments(Location at, int limit) {
        return Issue.error(TOO_MANY_DOCUMENTS, at, String.format(
                "more than %d documents in one file; split the file or raise the limit with %s",
                limit, CodecLimits.Limit.DOCUMENTS.option()));
    }

    static Issue documentTooLarge(Location at, long size, long limit) {
        return Issue.error(DOCUMENT_TOO_LARGE, at, String.format(
                "document is %d characters, over the limit of %d (the Kubernetes API refuses requests over 3 MiB); "
                        + "raise it with %s if this is intended", size, limit, CodecLimits.Limit.DOCUMENT_SIZE.option()));
    }

    static Issue aliasExpansion(Location at, long limit) {
        return Issue.error(ALIAS_EXPANSION, at, String.format(
                "aliases expand to more than %d nodes (a \"billion laughs\" YAML bomb?); nothing was expanded; "
                        + "raise the limit with %s if this file is trusted", limit, CodecLimits.Limit.ALIAS_NODES.option()));
    }

    static Issue undefinedAlias(Location at, String anchor) {
        return Issue.error(UNDEFINED_ALIAS, at, String.format(
                "alias *%s refers to no complete anchor &%s before it; define the anchor first (anchors cannot refer to themselves)",
                anchor, anchor));
    }

    static Issue complexKey(Location at) {
        return Issue.error(BAD_KEY, at,
                "map keys must be scalars: Kubernetes objects are JSON, whose keys are strings; rewrite the key as text");
    }

    static Issue nullKey(Location at) {
        return Issue.error(BAD_KEY, at, "a map key is empty or null; JSON has no null keys: give the key a name or quote it (\"null\")");
    }

    static Issue unsupportedTag(Location at, String tag) {
        return Issue.error(BAD_TAG, at, String.format(
                "tag %s is not supported in Kubernetes manifests; use plain values or !!str, !!int, !!float, !!bool, !!null", tag));
    }

    static Issue ignoredTag(Location at, String tag) {
        return Issue.warning(BAD_TAG, at, String.format("local tag %s has no meaning for Kubernetes and is ignored", tag));
    }

    static Issue tagMismatch(Location at, String tag, String value) {
        return Issue.error(BAD_VALUE, at, String.format("value \"%s\" cannot be read as %s; fix the value or drop the tag", value, tag));
    }

    static Issue specialFloat(Location at, String value) {
        return Issue.error(BAD_VALUE, at, String.format(
                "%s is a YAML number that JSON (and so Kubernetes) cannot hold; quote it (\"%s\") if it is meant as text",
                value, value));
    }

    static Issue invalidMerge(Location at) {
        return Issue.error(BAD_MERGE, at, "a merge key (<<) takes a map or a list of maps, usually aliases such as <<: *defaults");
    }
}
