package dev.windlass.model.codec;

/**
 * How plain (unquoted) YAML scalars are typed. The two tools users compare against disagree, so
 * the reader offers both; see docs/yaml.md for the full table.
 */
public enum ScalarSchema {
    /**
     * What {@code kubectl} and the API server read (sigs.k8s.io/yaml on go-yaml v2, YAML 1.1 rules):
     * {@code yes/no/on/off/y/n} are booleans, {@code 0123} is octal 83, {@code 0x1F} hex,
     * {@code 1_000} is 1000, {@code 1e3} a number. Argo CD's directory source reads this way.
     */
    KUBERNETES,
    /**
     * What kustomize reads (kyaml on go-yaml v3, YAML 1.2 core schema): only
     * {@code true/false} (any case variant) are booleans; {@code yes}, {@code on} stay strings.
     */
    YAML_1_2
}
