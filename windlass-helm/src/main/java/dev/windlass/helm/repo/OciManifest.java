package dev.windlass.helm.repo;

import dev.windlass.helm.HelmException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An OCI image manifest as Helm charts use it: a config descriptor and layers.
 *
 * @param config the config descriptor
 * @param layers the layer descriptors
 */
public record OciManifest(Descriptor config, List<Descriptor> layers) {

    /** OCI image manifest media type (the {@code Accept} of a manifest fetch). */
    public static final String MANIFEST_MEDIA_TYPE = "application/vnd.oci.image.manifest.v1+json";
    /** Helm's chart config media type. */
    public static final String CONFIG_MEDIA_TYPE = "application/vnd.cncf.helm.config.v1+json";
    /** Helm's chart content layer media type. */
    public static final String CHART_LAYER_MEDIA_TYPE = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";
    /** Helm's provenance layer media type. */
    public static final String PROV_LAYER_MEDIA_TYPE = "application/vnd.cncf.helm.chart.provenance.v1.prov";
    /** The pre-Helm-3.8 chart layer media type, still accepted. */
    public static final String LEGACY_CHART_LAYER_MEDIA_TYPE = "application/tar+gzip";

    public OciManifest {
        layers = List.copyOf(layers);
    }

    /**
     * A content descriptor.
     *
     * @param mediaType media type
     * @param digest    {@code sha256:<hex>}
     * @param size      size in bytes
     */
    public record Descriptor(String mediaType, String digest, long size) {
    }

    /** Parses manifest JSON. */
    public static OciManifest parse(byte[] json) throws HelmException {
        Object doc;
        try {
            doc = JsonTree.parse(json);
        } catch (IOException | RuntimeException e) {
            throw new HelmException("invalid manifest: " + e.getMessage(), e);
        }
        if (!(doc instanceof Map<?, ?> m)) {
            throw new HelmException("invalid manifest: not a JSON object");
        }
        Descriptor config = descriptor(m.get("config"));
        List<Descriptor> layers = new ArrayList<>();
        if (m.get("layers") instanceof List<?> list) {
            for (Object l : list) {
                Descriptor d = descriptor(l);
                if (d != null) {
                    layers.add(d);
                }
            }
        }
        return new OciManifest(config, layers);
    }

    /**
     * The chart layer, checked like Helm's pull: at least config and chart descriptors, the Helm
     * config media type, and a chart (or legacy chart) layer.
     */
    public Descriptor chartLayer() throws HelmException {
        int found = (config == null ? 0 : 1) + layers.size();
        if (found < 2) {
            throw new HelmException("manifest does not contain minimum number of descriptors (2), descriptors found: "
                    + found);
        }
        if (config == null || !CONFIG_MEDIA_TYPE.equals(config.mediaType())) {
            throw new HelmException("could not load config with mediatype " + CONFIG_MEDIA_TYPE);
        }
        Descriptor chart = null;
        for (Descriptor d : layers) {
            if (CHART_LAYER_MEDIA_TYPE.equals(d.mediaType()) || LEGACY_CHART_LAYER_MEDIA_TYPE.equals(d.mediaType())) {
                chart = d;
            }
        }
        if (chart == null) {
            throw new HelmException("manifest does not contain a layer with mediatype " + CHART_LAYER_MEDIA_TYPE);
        }
        return chart;
    }

    private static Descriptor descriptor(Object o) {
        if (!(o instanceof Map<?, ?> d)) {
            return null;
        }
        Object size = d.get("size");
        return new Descriptor(String.valueOf(d.get("mediaType")), String.valueOf(d.get("digest")),
                size instanceof Number n ? n.longValue() : -1);
    }
}
