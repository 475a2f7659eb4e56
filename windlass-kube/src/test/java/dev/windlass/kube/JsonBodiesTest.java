package dev.windlass.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

    @Test
    void read_keepsKeyOrderAndNumberTypes() throws Exception {
        Node node = JsonBodies.read("""
                {"b":1,"a":[true,null,"x",2.5,12345678901234567890],"c":{}}
                """.getBytes(StandardCharsets.UTF_8));

        MapNode map = (MapNode) node;
        assertThat(map.keys()).containsExactly("b", "a", "c");
        assertThat(map.get("b")).contains(new IntNode(1));
        ListNode list = map.getList("a").orElseThrow();
        assertThat(list.items()).containsExactly(Node.of(true), Node.nullNode(), Node.of("x"), new FloatNode(2.5),
                new FloatNode(12345678901234567890.0));
    }

    @Test
    void writeThenRead_roundTrips() throws Exception {
        MapNode original = MapNode.of("kind", "ConfigMap", "data", MapNode.of("k", "v\n\"q\""), "n", 3L);

        assertThat(JsonBodies.read(JsonBodies.write(original).getBytes(StandardCharsets.UTF_8))).isEqualTo(original);
    }

    @Test
    void readMap_ofSomethingElse_isEmpty() {
        assertThat(JsonBodies.readMap("<html>proxy error</html>".getBytes(StandardCharsets.UTF_8))).isEqualTo(MapNode.empty());
        assertThat(JsonBodies.readMap(new byte[0])).isEqualTo(MapNode.empty());
    }
}
