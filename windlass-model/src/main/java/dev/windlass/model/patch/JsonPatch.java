package dev.windlass.model.patch;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An RFC 6902 JSON patch: a list of operations applied in order to a copy of a document, all or
 * nothing. The API server's {@code application/json-patch+json} patches and Kustomize's
 * {@code patchesJson6902} are of this form.
 *
 * <pre>{@code
 * Node patched = JsonPatch.parse(patchDocument).apply(object);
 * }</pre>
 *
 * <p>Failures are {@link PatchException}s whose message names the operation (0-based index, op and
 * path): {@code operation 2 (test /spec/replicas): value is 3, not 5}. As in the API server's
 * JSON patch library, {@code test} of a missing map key against {@code null} succeeds.
 */
public final class JsonPatch {

    /** The operations of RFC 6902. */
    public enum Op {
        ADD, REMOVE, REPLACE, MOVE, COPY, TEST;

        /** The name used in patch documents ({@code add}). */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean needsValue() {
            return this == ADD || this == REPLACE || this == TEST;
        }

        boolean needsFrom() {
            return this == MOVE || this == COPY;
        }
    }

    /**
     * One operation.
     *
     * @param from  the source of {@code move} and {@code copy}, else null
     * @param value the value of {@code add}, {@code replace} and {@code test}, else null
     */
    public record Operation(Op op, JsonPointer path, JsonPointer from, Node value) {
        public Operation {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String toString() {
            return op.wireName() + " " + (path.isRoot() ? "\"\"" : path.toString());
        }
    }

    private final List<Operation> operations;

    private JsonPatch(List<Operation> operations) {
        this.operations = List.copyOf(operations);
    }

    public static JsonPatch of(List<Operation> operations) {
        return new JsonPatch(operations);
    }

    /**
     * Reads a patch document: a list of maps with {@code op}, {@code path} and, as the op needs,
     * {@code from} and {@code value}. Unknown members are ignored, as RFC 6902 says.
     *
     * @throws PatchException (INVALID_PATCH) when the document is not of that form
     */
    public static JsonPatch parse(Node document) {
        if (!(document instanceof ListNode list)) {
            throw new PatchException(PatchException.Kind.INVALID_PATCH,
                    "a JSON patch must be a list of operations, not a " + typeName(document));
        }
        List<Operation> operations = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            operations.add(parseOperation(i, list.items().get(i)));
        }
        return new JsonPatch(operations);
    }

    /** Parses {@code patchDocument} and applies it to {@code target}. */
    public static Node apply(Node target, Node patchDocument) {
        return parse(patchDocument).apply(target);
    }

    public List<Operation> operations() {
        return operations;
    }

    /** {@code target} with every operation applied in order; {@code target} itself is unchanged. */
    public Node apply(Node target) {
        Node document = target;
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            try {
                document = applyOne(document, operation);
            } catch (PatchException e) {
                throw e.within("operation " + i + " (" + operation + "): ");
            }
        }
        return document;
    }

    private static Node applyOne(Node document, Operation operation) {
        return switch (operation.op()) {
            case ADD -> PointerEdits.add(document, operation.path(), operation.value());
            case REMOVE -> PointerEdits.remove(document, operation.path());
            case REPLACE -> PointerEdits.replace(document, operation.path(), operation.value());
            case MOVE -> move(document, operation);
            case COPY -> PointerEdits.add(document, operation.path(), PointerEdits.require(document, operation.from()));
            case TEST -> test(document, operation);
        };
    }

    private static Node move(Node document, Operation operation) {
        if (operation.from().equals(operation.path())) {
            PointerEdits.require(document, operation.from());
            return document;
        }
        if (operation.from().isProperPrefixOf(operation.path())) {
            throw new PatchException(PatchException.Kind.INVALID_PATCH,
                    "cannot move " + operation.from() + " into its own child " + operation.path());
        }
        Node value = PointerEdits.require(document, operation.from());
        return PointerEdits.add(PointerEdits.remove(document, operation.from()), operation.path(), value);
    }

    private static Node test(Node document, Operation operation) {
        Node expected = operation.value();
        Node actual = PointerEdits.get(document, operation.path()).orElse(null);
        if (actual == null) {
            if (expected instanceof NullNode && parentIsMap(document, operation.path())) {
                return document;
            }
            throw new PatchException(PatchException.Kind.TEST_FAILED,
                    operation.path() + " does not exist, expected " + JsonValues.show(expected));
        }
        if (!JsonValues.equal(actual, expected)) {
            throw new PatchException(PatchException.Kind.TEST_FAILED,
                    "value is " + JsonValues.show(actual) + ", not " + JsonValues.show(expected));
        }
        return document;
    }

    private static boolean parentIsMap(Node document, JsonPointer path) {
        return !path.isRoot() && PointerEdits.get(document, path.parent()).filter(MapNode.class::isInstance).isPresent();
    }

    private static Operation parseOperation(int index, Node item) {
        String context = "operation " + index + ": ";
        if (!(item instanceof MapNode map)) {
            throw invalid(context + "must be a map with op and path, not a " + typeName(item));
        }
        String opName = map.getText("op").orElseThrow(() -> invalid(context + "has no op; "
                + "use one of add, remove, replace, move, copy, test"));
        Op op = opNamed(opName).orElseThrow(() -> invalid(context + "op \"" + opName
                + "\" is not one of add, remove, replace, move, copy, test"));
        String where = "operation " + index + " (" + opName + "): ";
        JsonPointer path = pointer(map, "path", where);
        JsonPointer from = op.needsFrom() ? pointer(map, "from", where) : null;
        Node value = op.needsValue() ? map.get("value").orElseThrow(() -> invalid(where + "has no value")) : null;
        return new Operation(op, path, from, value);
    }

    private static Optional<Op> opNamed(String name) {
        for (Op op : Op.values()) {
            if (op.wireName().equals(name)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    private static JsonPointer pointer(MapNode map, String member, String context) {
        String text = map.getText(member).orElseThrow(() -> invalid(context + "has no " + member
                + "; give it as a JSON pointer string such as \"/spec/replicas\""));
        try {
            return JsonPointer.parse(text);
        } catch (PatchException e) {
            throw e.within(context);
        }
    }

    private static PatchException invalid(String message) {
        return new PatchException(PatchException.Kind.INVALID_PATCH, message);
    }

    private static String typeName(Node node) {
        return node.type().name().toLowerCase(Locale.ROOT);
    }
}
