package dev.windlass.helm.engine;

import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.GoMember;
import dev.windlass.gotemplate.GoObject;
import dev.windlass.gotemplate.GoType;
import dev.windlass.helm.chart.ChartFile;
import dev.windlass.helm.yaml.GoYaml;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code .Files}: a chart's non-template files by path, as Helm's {@code engine.files} map with its
 * methods {@code Get}, {@code GetBytes}, {@code Glob}, {@code AsConfig}, {@code AsSecrets} and
 * {@code Lines}. It is also a map from path to bytes, so templates can {@code range} over it.
 */
public final class ChartFiles extends AbstractMap<String, Object> implements GoObject {

    private final Map<String, byte[]> files;

    private ChartFiles(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    public static ChartFiles of(List<ChartFile> files) {
        Map<String, byte[]> map = new TreeMap<>();
        for (ChartFile file : files) {
            map.put(file.name(), file.data());
        }
        return new ChartFiles(map);
    }

    public byte[] getBytes(String name) {
        byte[] data = files.get(name);
        return data == null ? new byte[0] : data;
    }

    public String getText(String name) {
        return new String(getBytes(name), StandardCharsets.UTF_8);
    }

    public ChartFiles glob(String pattern) {
        FileGlob glob = FileGlob.compile(pattern);
        Map<String, byte[]> matched = new TreeMap<>();
        files.forEach((name, data) -> {
            if (glob.matches(name)) {
                matched.put(name, data);
            }
        });
        return new ChartFiles(matched);
    }

    /** The files as a ConfigMap's {@code data}: base name to content, as YAML. */
    public String asConfig() {
        Map<String, Object> data = new LinkedHashMap<>();
        files.forEach((name, bytes) -> data.put(baseName(name), new String(bytes, StandardCharsets.UTF_8)));
        return trimNewline(GoYaml.marshal(data));
    }

    /** The files as a Secret's {@code data}: base name to base64 content, as YAML. */
    public String asSecrets() {
        Map<String, Object> data = new LinkedHashMap<>();
        files.forEach((name, bytes) -> data.put(baseName(name), Base64.getEncoder().encodeToString(bytes)));
        return trimNewline(GoYaml.marshal(data));
    }

    public List<Object> lines(String name) {
        byte[] data = files.get(name);
        if (data == null || data.length == 0) {
            return List.of();
        }
        String text = new String(data, StandardCharsets.UTF_8);
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return List.copyOf(Arrays.asList((Object[]) text.split("\n", -1)));
    }

    private static String baseName(String path) {
        String trimmed = path;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static String trimNewline(String yaml) {
        return yaml.endsWith("\n") ? yaml.substring(0, yaml.length() - 1) : yaml;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> view = new LinkedHashMap<>(files);
        return Collections.unmodifiableMap(view).entrySet();
    }

    @Override
    public String goTypeName() {
        return "engine.files";
    }

    @Override
    public GoMember member(String name) {
        return switch (name) {
            case "Get" -> GoMember.method(GoFunc.of("Get", args -> getText((String) args[0]), GoType.STRING));
            case "GetBytes" -> GoMember.method(GoFunc.of("GetBytes", args -> getBytes((String) args[0]), GoType.STRING));
            case "Glob" -> GoMember.method(GoFunc.of("Glob", args -> glob((String) args[0]), GoType.STRING));
            case "AsConfig" -> GoMember.method(GoFunc.of("AsConfig", args -> asConfig()));
            case "AsSecrets" -> GoMember.method(GoFunc.of("AsSecrets", args -> asSecrets()));
            case "Lines" -> GoMember.method(GoFunc.of("Lines", args -> lines((String) args[0]), GoType.STRING));
            default -> files.containsKey(name) ? GoMember.field(files.get(name)) : null;
        };
    }
}
