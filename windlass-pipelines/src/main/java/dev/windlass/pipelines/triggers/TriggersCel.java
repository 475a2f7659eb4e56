package dev.windlass.pipelines.triggers;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.List;
import java.util.Map;

/**
 * The CEL environment of Tekton's {@code cel} interceptor: variables {@code body}, {@code header},
 * {@code extensions} and {@code requestURL}; cel-java's strings, encoders, sets, lists and math
 * extensions; and Tekton's functions ({@code header.match}, {@code header.canonical},
 * {@code truncate}, {@code compareSecret}, {@code parseJSON}, {@code parseYAML}, {@code parseURL},
 * {@code marshalJSON}, {@code first}, {@code last}, {@code translate}, and the older {@code decodeb64}).
 */
final class TriggersCel {

    private static final CelOptions OPTIONS = CelOptions.current().comprehensionMaxIterations(100_000).build();
    private static final CelType MAP = MapType.create(SimpleType.STRING, SimpleType.DYN);
    private static final CelType LIST = ListType.create(SimpleType.DYN);
    private static final CelType STRING = SimpleType.STRING;

    /** A compiled expression, or why it does not compile. */
    record Compiled(CelRuntime.Program program, String problem) {
    }

    private final Cel cel;

    /** An environment whose {@code compareSecret} reads Secrets from {@code secrets}, by default in {@code namespace}. */
    TriggersCel(SecretValues secrets, String namespace) {
        CelFunctions functions = new CelFunctions(secrets, namespace);
        this.cel = CelFactory.standardCelBuilder()
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .setOptions(OPTIONS)
                .addCompilerLibraries(CelExtensions.strings(), CelExtensions.encoders(), CelExtensions.sets(OPTIONS),
                        CelExtensions.lists(), CelExtensions.math(OPTIONS))
                .addRuntimeLibraries(CelExtensions.strings(), CelExtensions.encoders(), CelExtensions.sets(OPTIONS),
                        CelExtensions.lists(), CelExtensions.math(OPTIONS))
                .addVar("body", MAP)
                .addVar("header", MAP)
                .addVar("extensions", MAP)
                .addVar("requestURL", STRING)
                .addFunctionDeclarations(declarations())
                .addFunctionBindings(functions.bindings())
                .build();
    }

    Compiled compile(String expression) {
        CelValidationResult result = cel.compile(expression);
        try {
            return new Compiled(cel.createProgram(result.getAst()), null);
        } catch (CelValidationException e) {
            return new Compiled(null, "the CEL expression does not compile: " + result.getErrorString());
        } catch (CelEvaluationException e) {
            return new Compiled(null, "the CEL expression cannot be planned: " + e.getMessage());
        }
    }

    static Object eval(CelRuntime.Program program, Map<String, Object> activation) throws CelEvaluationException {
        return program.eval(activation);
    }

    private static List<CelFunctionDecl> declarations() {
        return List.of(
                member("match", "tekton_match_map_string_string", SimpleType.BOOL, MAP, STRING, STRING),
                member("canonical", "tekton_canonical_map_string", STRING, MAP, STRING),
                member("truncate", "tekton_truncate_string_int", STRING, STRING, SimpleType.INT),
                CelFunctionDecl.newFunctionDeclaration("compareSecret",
                        CelOverloadDecl.newMemberOverload("tekton_compareSecret_string_string_string_string",
                                SimpleType.BOOL, STRING, STRING, STRING, STRING),
                        CelOverloadDecl.newMemberOverload("tekton_compareSecret_string_string_string",
                                SimpleType.BOOL, STRING, STRING, STRING)),
                member("parseJSON", "tekton_parseJSON_string", MAP, STRING),
                member("parseYAML", "tekton_parseYAML_string", MAP, STRING),
                member("parseURL", "tekton_parseURL_string", MAP, STRING),
                CelFunctionDecl.newFunctionDeclaration("marshalJSON",
                        CelOverloadDecl.newMemberOverload("tekton_marshalJSON_map", STRING, MAP),
                        CelOverloadDecl.newMemberOverload("tekton_marshalJSON_list", STRING, LIST)),
                member("first", "tekton_first_list", SimpleType.DYN, LIST),
                member("last", "tekton_last_list", SimpleType.DYN, LIST),
                member("translate", "tekton_translate_string_string_string", STRING, STRING, STRING, STRING),
                member("decodeb64", "tekton_decodeb64_string", STRING, STRING));
    }

    private static CelFunctionDecl member(String name, String overload, CelType result, CelType... args) {
        return CelFunctionDecl.newFunctionDeclaration(name, CelOverloadDecl.newMemberOverload(overload, result, args));
    }
}
