package dev.windlass.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.WireJson;
import dev.windlass.sandbox.fault.FaultRules;
import dev.windlass.sandbox.fault.FaultRulesException;
import dev.windlass.sandbox.fault.Faults;
import java.io.IOException;

/**
 * The sandbox's own admin API, under {@value #PREFIX} (authenticated like every other request):
 * <ul>
 *   <li>{@code GET faults}: the fault plan as JSON; {@code PUT faults}: replace it;
 *       {@code DELETE faults}: clear it</li>
 *   <li>{@code POST faults/drop-watches}: close every open watch now</li>
 * </ul>
 */
final class AdminEndpoints {

    static final String PREFIX = "/sandbox.windlass.dev/v1/";

    private final Faults faults;

    AdminEndpoints(Faults faults) {
        this.faults = faults;
    }

    boolean serves(String path) {
        return path.startsWith(PREFIX);
    }

    void serve(HttpExchange exchange, String path) throws IOException {
        String rest = path.substring(PREFIX.length());
        String method = exchange.getRequestMethod();
        if (rest.equals("faults")) {
            switch (method) {
                case "GET" -> Responses.json(exchange, 200, faults.rules().toJson());
                case "PUT" -> {
                    faults.rules(parse(exchange));
                    Responses.json(exchange, 200, faults.rules().toJson());
                }
                case "DELETE" -> {
                    faults.clear();
                    Responses.json(exchange, 200, faults.rules().toJson());
                }
                default -> throw ApiException.methodNotAllowed(method + " is not served on " + path
                        + "; use GET, PUT or DELETE");
            }
        } else if (rest.equals("faults/drop-watches") && method.equals("POST")) {
            int dropped = faults.dropWatches();
            Responses.json(exchange, 200, MapNode.of("dropped", Node.of((long) dropped)));
        } else {
            throw new ApiException(404, "NotFound", "the sandbox admin API has no " + path
                    + "; it serves " + PREFIX + "faults and " + PREFIX + "faults/drop-watches", null);
        }
    }

    private static FaultRules parse(HttpExchange exchange) throws IOException {
        try {
            return FaultRules.fromJson(WireJson.parse(ResourceHandler.bytes(exchange)));
        } catch (FaultRulesException e) {
            throw ApiException.badRequest("the fault plan is not valid: " + e.getMessage());
        }
    }
}
