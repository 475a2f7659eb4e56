package dev.windlass.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArgoGlobTest {

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource(delimiter = ';', quoteCharacter = '\'', value = {
        // Argo CD's documented examples
        "*.yaml                          ; deploy.yaml           ; true",
        "*.yaml                          ; config.json           ; false",
        "*.yaml                          ; env-usw2/deploy.yaml  ; true",
        "{config.json,deployment.yaml}   ; config.json           ; true",
        "{config.json,deployment.yaml}   ; deployment.yaml       ; true",
        "{config.json,deployment.yaml}   ; service.yaml          ; false",
        "{config.json,env-usw2/*}        ; config.json           ; true",
        "{config.json,env-usw2/*}        ; env-usw2/deploy.yaml  ; true",
        "{config.json,env-usw2/*}        ; env-usw2/a/b.yaml     ; true",
        "{config.json,env-usw2/*}        ; env-use1/deploy.yaml  ; false",
        "*.{yaml,yml}                    ; a.yaml                ; true",
        "*.{yaml,yml}                    ; a.yml                 ; true",
        "*.{yaml,yml}                    ; a.json                ; false",
        "*.{yaml,yml}                    ; dir/a.yml             ; true",
        // stars match across '/', as Argo compiles without separators
        "*                               ; a/b/c.yaml            ; true",
        "**                              ; a/b/c.yaml            ; true",
        "**/*.yaml                       ; a/b.yaml              ; true",
        "**/*.yaml                       ; b.yaml                ; false",
        "a*b                             ; a/x/b                 ; true",
        "*                               ; ''                    ; true",
        // whole-path matching
        "deploy.yaml                     ; prod/deploy.yaml      ; false",
        "deploy                          ; deploy.yaml           ; false",
        // single character
        "?.yaml                          ; a.yaml                ; true",
        "?.yaml                          ; ab.yaml               ; false",
        "a?b                             ; a/b                   ; true",
        "?                               ; é                     ; true",
        // character lists and ranges
        "[abc].yaml                      ; b.yaml                ; true",
        "[abc].yaml                      ; d.yaml                ; false",
        "[!abc].yaml                     ; d.yaml                ; true",
        "[!abc].yaml                     ; a.yaml                ; false",
        "[a-c].yaml                      ; b.yaml                ; true",
        "[a-c].yaml                      ; d.yaml                ; false",
        "[!a-c].yaml                     ; d.yaml                ; true",
        "[!a-c].yaml                     ; c.yaml                ; false",
        "a[!x]b                          ; a/b                   ; true",
        "[ab-c]                          ; -                     ; true",
        "[ab-c]                          ; b                     ; true",
        "[ab-c]                          ; x                     ; false",
        "[\\]]                           ; ]                     ; true",
        "[.*]                            ; .                     ; true",
        "[.*]                            ; x                     ; false",
        "[!!]                            ; x                     ; true",
        "[!!]                            ; !                     ; false",
        // alternatives with globs and nesting
        "{*.yaml,*.json}                 ; x.json                ; true",
        "{a,b{c,d}}.yaml                 ; bd.yaml               ; true",
        "{a,b{c,d}}.yaml                 ; b.yaml                ; false",
        "{a,}x                           ; x                     ; true",
        "{prod/[a-c]*,dev/?.yaml}        ; prod/b-x.yaml         ; true",
        "{prod/[a-c]*,dev/?.yaml}        ; dev/ab.yaml           ; false",
        // braces and commas are plain characters outside alternatives
        "a,b                             ; a,b                   ; true",
        "a}b                             ; a}b                   ; true",
        "]                               ; ]                     ; true",
        // escapes and regex metacharacters are literal
        "\\*.yaml                        ; *.yaml                ; true",
        "\\*.yaml                        ; a.yaml                ; false",
        "\\{a,b\\}                       ; {a,b}                 ; true",
        "a.yaml                          ; aXyaml                ; false",
        "(a|b)+$^                        ; (a|b)+$^              ; true",
        "\\\\Q\\E                        ; \\Q\\E                ; false",
        "\\\\QE                          ; \\QE                  ; true",
    })
    void matches_followsArgoCdGlobSyntax(String glob, String path, boolean expected) {
        Result<ArgoGlob> compiled = ArgoGlob.compile(glob);
        assertThat(compiled.issues()).isEmpty();
        assertThat(compiled.value().matches(path)).as("%s ~ %s", glob, path).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '\'', value = {
        "[abc                  ; the \"[\" at position 1 is never closed",
        "x[!                   ; the \"[\" at position 2 is never closed",
        "[a-                   ; the \"[\" at position 1 is never closed",
        "[a-z                  ; the \"[\" at position 1 is never closed",
        "{a,b                  ; the \"{\" at position 1 is never closed",
        "{a,{b}                ; the \"{\" at position 1 is never closed",
        "{a,{b,c}              ; the \"{\" at position 1 is never closed",
        "a{b,{c                ; the \"{\" at position 5 is never closed",
        "[a-z0-9]              ; holds a range and more",
        "[z-a]                 ; the range \"z-a\" at position 1 is reversed",
        "[]                    ; the character class at position 1 is empty",
        "[!]                   ; the character class at position 1 is empty",
        "abc\\                 ; escapes nothing",
    })
    void compile_reportsInvalidGlobsAsIssues(String glob, String problem) {
        Result<ArgoGlob> compiled = ArgoGlob.compile(glob);
        assertThat(compiled.value()).isNull();
        Issue issue = compiled.issues().get(0);
        assertThat(issue.isError()).isTrue();
        assertThat(issue.code()).isEqualTo(RenderMessages.INVALID_GLOB);
        assertThat(issue.message()).startsWith("invalid glob \"" + glob + "\": ").contains(problem);
    }
}
