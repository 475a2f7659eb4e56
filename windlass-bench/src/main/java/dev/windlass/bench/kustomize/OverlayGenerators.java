package dev.windlass.bench.kustomize;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The overlay's {@code configMapGenerator} and {@code secretGenerator} entries and the files they
 * read: shared {@code shop-env} (an env file), {@code shop-features} (literals), {@code shop-tls}
 * (a TLS secret from files) and {@code shop-registry} (an image pull secret), plus
 * {@code <app>-settings} ConfigMaps from files for {@value #SETTINGS} applications and
 * {@code <app>-api-key} Secrets from literals for {@value #API_KEYS}. Every workload refers to the
 * shared ones and (optionally) to its own, so kustomize's hashed names reach the pod specs.
 */
final class OverlayGenerators {

    static final int SETTINGS = 8;
    static final int API_KEYS = 3;
    /** ConfigMaps generated. */
    static final int CONFIG_MAPS = 2 + SETTINGS;
    /** Secrets generated. */
    static final int SECRETS = 2 + API_KEYS;

    private final int apps;

    OverlayGenerators(int apps) {
        this.apps = apps;
    }

    /** Objects the generators add: {@value #CONFIG_MAPS} ConfigMaps and {@value #SECRETS} Secrets. */
    static int objects() {
        return CONFIG_MAPS + SECRETS;
    }

    /** The two kustomization fields, as YAML at the top level. */
    String fields() {
        StringBuilder text = new StringBuilder("configMapGenerator:\n");
        text.append("- name: shop-env\n  envs:\n  - config/shop.env\n");
        text.append("- name: shop-features\n  literals:\n  - enabled=checkout,search-v2,recommendations\n")
                .append("  - rollout=25\n");
        for (int j = 0; j < SETTINGS; j++) {
            String app = AppManifests.name(settingsApp(j));
            text.append("- name: ").append(app).append("-settings\n  files:\n  - config/").append(app)
                    .append(".yaml\n  - logback.xml=config/logback.xml\n");
        }
        text.append("secretGenerator:\n");
        text.append("- name: shop-tls\n  type: kubernetes.io/tls\n  files:\n  - tls.crt=config/tls.crt\n")
                .append("  - tls.key=config/tls.key\n");
        text.append("- name: shop-registry\n  type: kubernetes.io/dockerconfigjson\n  files:\n")
                .append("  - .dockerconfigjson=config/dockerconfig.json\n");
        for (int j = 0; j < API_KEYS; j++) {
            String app = AppManifests.name(apiKeyApp(j));
            text.append("- name: ").append(app).append("-api-key\n  literals:\n  - key=").append(app)
                    .append("-0123456789abcdef\n  - issuer=https://auth.example.com\n");
        }
        return text.toString();
    }

    /** The files the generators read, by path relative to the overlay. */
    Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("config/shop.env", "# shared settings of every shop service\nREGION=eu-west-1\n"
                + "TRACING_ENDPOINT=http://otel-collector:4317\nCURRENCY=EUR\n");
        files.put("config/logback.xml", """
                <configuration>
                  <appender name="JSON" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder class="net.logstash.logback.encoder.LogstashEncoder"/>
                  </appender>
                  <root level="INFO">
                    <appender-ref ref="JSON"/>
                  </root>
                </configuration>
                """);
        for (int j = 0; j < SETTINGS; j++) {
            String app = AppManifests.name(settingsApp(j));
            files.put("config/" + app + ".yaml", "service:\n  name: " + app + "\n  threads: " + (8 + j)
                    + "\ncache:\n  ttl: 300s\n  size: 10000\n");
        }
        files.put("config/tls.crt", "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUFAKEFAKEFAKE\n"
                + "-----END CERTIFICATE-----\n");
        files.put("config/tls.key", "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49FAKEFAKEFAKE\n"
                + "-----END PRIVATE KEY-----\n");
        files.put("config/dockerconfig.json", "{\"auths\":{\"registry.example.com\":{\"auth\":\"c2hvcDpzZWNyZXQ=\"}}}\n");
        return files;
    }

    private int settingsApp(int j) {
        return (j * apps / SETTINGS + 4) % apps;
    }

    private int apiKeyApp(int j) {
        return (j * apps / API_KEYS + 5) % apps;
    }
}
