package dev.windlass.sandbox.fault;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The JSON form of {@link FaultRules}: reads it strictly (unknown fields, wrong types and values out
 * of range are refused, naming the field as {@code errors[0].rate}) and writes it with every
 * default spelled out.
 */
final class FaultRulesJson {

    private static final List<String> TOP_FIELDS = List.of("latency", "errors", "outage", "dropWatchesEveryMillis", "seed");
    private static final List<String> LATENCY_FIELDS = List.of("verb", "group", "resource", "millis", "jitterMillis");
    private static final List<String> ERROR_FIELDS =
            List.of("verb", "group", "resource", "rate", "status", "retryAfterSeconds", "message");
    private static final long MAX_DROP_PERIOD_MILLIS = 86_400_000L;

    private FaultRulesJson() {
    }

    static FaultRules read(Node json) {
        MapNode top = object(json, "");
        checkFields(top, "", TOP_FIELDS);
        List<LatencyRule> latency = new ArrayList<>();
        List<Node> latencyItems = items(top, "latency");
        for (int i = 0; i < latencyItems.size(); i++) {
            latency.add(latency(latencyItems.get(i), "latency[" + i + "]"));
        }
        List<ErrorRule> errors = new ArrayList<>();
        List<Node> errorItems = items(top, "errors");
        for (int i = 0; i < errorItems.size(); i++) {
            errors.add(error(errorItems.get(i), "errors[" + i + "]"));
        }
        boolean outage = bool(top, "", "outage");
        OptionalLong dropMillis = optionalLong(top, "", "dropWatchesEveryMillis",
                FaultRules.MIN_DROP_PERIOD.toMillis(), MAX_DROP_PERIOD_MILLIS);
        Optional<Duration> drop = dropMillis.isPresent()
                ? Optional.of(Duration.ofMillis(dropMillis.getAsLong())) : Optional.empty();
        OptionalLong seed = optionalLong(top, "", "seed", Long.MIN_VALUE, Long.MAX_VALUE);
        return new FaultRules(latency, errors, outage, drop, seed);
    }

    static MapNode write(FaultRules rules) {
        MapNode.Builder out = MapNode.builder()
                .put("latency", Node.list(rules.latency().stream().map(FaultRulesJson::write).toList()))
                .put("errors", Node.list(rules.errors().stream().map(FaultRulesJson::write).toList()));
        rules.dropWatchesEvery().ifPresent(period -> out.put("dropWatchesEveryMillis", Node.of(period.toMillis())));
        rules.seed().ifPresent(seed -> out.put("seed", Node.of(seed)));
        return out.put("outage", Node.of(rules.outage())).build();
    }

    private static MapNode write(LatencyRule rule) {
        return match(rule.match())
                .put("millis", Node.of(rule.millis()))
                .put("jitterMillis", Node.of(rule.jitterMillis()))
                .build();
    }

    private static MapNode write(ErrorRule rule) {
        MapNode.Builder out = match(rule.match())
                .put("rate", Node.of(rule.rate()))
                .put("status", Node.of((long) rule.status()))
                .put("retryAfterSeconds", Node.of((long) rule.retryAfterSeconds()));
        rule.message().ifPresent(message -> out.put("message", Node.of(message)));
        return out.build();
    }

    private static MapNode.Builder match(RequestMatch match) {
        return MapNode.builder()
                .put("verb", Node.of(match.verb()))
                .put("group", Node.of(match.group()))
                .put("resource", Node.of(match.resource()));
    }

    private static LatencyRule latency(Node json, String path) {
        MapNode rule = object(json, path);
        checkFields(rule, path, LATENCY_FIELDS);
        long millis = requiredLong(rule, path, "millis", 0, LatencyRule.MAX_MILLIS);
        long jitter = optionalLong(rule, path, "jitterMillis", 0, LatencyRule.MAX_MILLIS).orElse(0);
        return new LatencyRule(requestMatch(rule, path), millis, jitter);
    }

    private static ErrorRule error(Node json, String path) {
        MapNode rule = object(json, path);
        checkFields(rule, path, ERROR_FIELDS);
        Node rateNode = required(rule, path, "rate");
        if (!(rateNode instanceof IntNode || rateNode instanceof FloatNode)) {
            throw wrongType(path, "rate", "a number from 0 to 1", rateNode);
        }
        double rate = rateNode instanceof IntNode i ? i.value() : ((FloatNode) rateNode).value();
        if (!(rate >= 0 && rate <= 1)) {
            throw new FaultRulesException(field(path, "rate"), "must be from 0 to 1, got " + rateNode);
        }
        long status = requiredLong(rule, path, "status", 0, 999);
        if (!InjectedError.STATUSES.contains((int) status)) {
            throw new FaultRulesException(field(path, "status"), "must be one of " + InjectedError.STATUSES
                    + " (Conflict, TooManyRequests, InternalError, ServiceUnavailable), got " + status);
        }
        int retryAfter = (int) optionalLong(rule, path, "retryAfterSeconds", 0, ErrorRule.MAX_RETRY_AFTER_SECONDS)
                .orElse(ErrorRule.defaultRetryAfter((int) status));
        Optional<String> message = optionalText(rule, path, "message").filter(m -> !m.isEmpty());
        return new ErrorRule(requestMatch(rule, path), rate, (int) status, retryAfter, message);
    }

    private static RequestMatch requestMatch(MapNode rule, String path) {
        String verb = optionalText(rule, path, "verb").orElse(RequestMatch.ANY);
        if (!verb.equals(RequestMatch.ANY) && !RequestMatch.VERBS.contains(verb)) {
            throw new FaultRulesException(field(path, "verb"), "\"" + verb + "\" is not a Kubernetes request verb; use one of "
                    + String.join(", ", RequestMatch.VERBS) + " or *");
        }
        String group = optionalText(rule, path, "group").orElse(RequestMatch.ANY);
        String resource = optionalText(rule, path, "resource").orElse(RequestMatch.ANY);
        if (resource.isEmpty()) {
            throw new FaultRulesException(field(path, "resource"), "is empty; give a resource such as pods, or *");
        }
        return new RequestMatch(verb, group, resource);
    }

    private static MapNode object(Node json, String path) {
        return json.asMap().orElseThrow(() -> new FaultRulesException(path,
                "must be a JSON object, got " + describe(json)));
    }

    private static void checkFields(MapNode object, String path, List<String> known) {
        for (String key : object.keys()) {
            if (!known.contains(key)) {
                throw new FaultRulesException(field(path, key), "unknown field; the fields here are "
                        + String.join(", ", known));
            }
        }
    }

    private static List<Node> items(MapNode top, String key) {
        Node value = top.get(key).orElse(Node.nullNode());
        if (value.isNull()) {
            return List.of();
        }
        if (value instanceof ListNode list) {
            return list.items();
        }
        throw wrongType("", key, "a list of rules", value);
    }

    private static boolean bool(MapNode object, String path, String key) {
        Node value = object.get(key).orElse(Node.nullNode());
        if (value.isNull()) {
            return false;
        }
        if (value instanceof BoolNode b) {
            return b.value();
        }
        throw wrongType(path, key, "true or false", value);
    }

    private static Optional<String> optionalText(MapNode object, String path, String key) {
        Node value = object.get(key).orElse(Node.nullNode());
        if (value.isNull()) {
            return Optional.empty();
        }
        if (value instanceof StringNode s) {
            return Optional.of(s.value());
        }
        throw wrongType(path, key, "a string", value);
    }

    private static Node required(MapNode object, String path, String key) {
        return object.get(key).filter(v -> !v.isNull())
                .orElseThrow(() -> new FaultRulesException(field(path, key), "is required"));
    }

    private static long requiredLong(MapNode object, String path, String key, long min, long max) {
        required(object, path, key);
        return optionalLong(object, path, key, min, max).orElseThrow();
    }

    private static OptionalLong optionalLong(MapNode object, String path, String key, long min, long max) {
        Node value = object.get(key).orElse(Node.nullNode());
        if (value.isNull()) {
            return OptionalLong.empty();
        }
        long number;
        if (value instanceof IntNode i) {
            number = i.value();
        } else if (value instanceof FloatNode f && f.isIntegral()) {
            number = (long) f.value();
        } else {
            throw wrongType(path, key, "a whole number from " + min + " to " + max, value);
        }
        if (number < min || number > max) {
            throw new FaultRulesException(field(path, key), "must be from " + min + " to " + max + ", got " + number);
        }
        return OptionalLong.of(number);
    }

    private static FaultRulesException wrongType(String path, String key, String expected, Node value) {
        return new FaultRulesException(field(path, key), "must be " + expected + ", got " + describe(value));
    }

    private static String describe(Node value) {
        return switch (value.type()) {
            case MAP -> "an object";
            case LIST -> "a list";
            case STRING -> "the string \"" + ((StringNode) value).value() + "\"";
            case INT, FLOAT -> "the number " + value;
            case BOOL -> value.toString();
            case NULL -> "null";
        };
    }

    private static String field(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

}
