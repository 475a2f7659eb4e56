package dev.windlass.cli.rego;

import dev.windlass.cli.StandardInput;
import dev.windlass.rego.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
  * {@code windlass rego eval}: evaluates a Rego query against modules and data and prints the
  * result as {@code opa eval} does, in the same formats, with the same error text.
  */
@Command(name = "eval", sortOptions = false,
        description = {"Evaluate a Rego query and print the result, as 'opa eval' does."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  windlass rego eval 'x := 1; y := 2; x < y'",
            "  windlass rego eval -d policy.rego -i input.json 'data.authz.allow'",
            "  windlass rego eval -d policies/ -f pretty 'data.k8srequiredlabels.violation'",
            "  kubectl get pod web -o json | windlass rego eval -d p.rego -I 'data.p.deny'",
            "",
            "-d loads .rego modules and .json/.yaml data. Data in subdirectory a/b of a",
            "directory lands at data.a.b; prefix:path loads a path under data.prefix."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the result was printed",
            "1:an error was reported, or --fail and the result is undefined, or --fail-defined and it is defined",
            "2:usage error"})
public final class RegoEvalCommand implements Callable<Integer> {
    static final long MAX_INPUT_BYTES = RegoFiles.MAX_FILE_BYTES;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query, such as 'data.authz.allow'.")
    String query;

    @Option(names = {"-d", "--data"}, paramLabel = "FILE_OR_DIR",
            description = "Rego modules and JSON/YAML data to load (repeatable; directories are read recursively).")
    List<String> data = new ArrayList<>();

    @Option(names = "--ignore", split = ",", paramLabel = "GLOB",
            description = "Skip files and directories whose name matches (repeatable, e.g. '*_test.rego').")
    List<String> ignore = new ArrayList<>();

    @Option(names = {"-i", "--input"}, paramLabel = "FILE", description = "The input document (JSON or YAML).")
    String input;

    @Option(names = {"-I", "--stdin-input"}, description = "Read the input document from standard input.")
    boolean stdinInput;

    @Option(names = "--stdin", description = "Read the query from standard input.")
    boolean stdinQuery;

    @Option(names = {"-f", "--format"}, defaultValue = "json", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    EvalFormat format;

    @Option(names = "--fail", description = "Exit with 1 when the result is undefined.")
    boolean fail;

    @Option(names = "--fail-defined", description = "Exit with 1 when the result is defined.")
    boolean failDefined;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = GoDurationConverter.class,
            description = "Time budget of the evaluation, such as 5s or 1m (default: 10s).")
    Duration timeout;

    @Override
    public Integer call() {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EvalPrinter printer = new EvalPrinter(format, out, err);
        RegoFiles.Loaded loaded = RegoFiles.load(data, ignore);
        if (!loaded.errors().isEmpty()) {
            return failed(printer, loaded.errors());
        }
        Value inputValue;
        String queryText;
        try {
            inputValue = readInput();
            queryText = stdinQuery ? new String(readStdin(), StandardCharsets.UTF_8) : query;
        } catch (IOException e) {
            return failed(printer, List.of(OpaError.plain(e.getMessage())));
        }
        QueryRun.Outcome outcome = QueryRun.run(loaded.modules(), loaded.data(), queryText, inputValue, timeout,
                line -> err.println(line));
        if (!outcome.errors().isEmpty()) {
            return failed(printer, outcome.errors());
        }
        printer.result(outcome.result(), outcome.texts(), outcome.locations());
        boolean defined = !outcome.result().isUndefined();
        return (fail && !defined) || (failDefined && defined) ? 1 : 0;
    }

    private static int failed(EvalPrinter printer, List<OpaError> errors) {
        printer.errors(errors);
        return 1;
    }

    private void validate() {
        String problem = null;
        if (stdinQuery && query != null) {
            problem = "specify query argument or --stdin but not both";
        } else if (!stdinQuery && query == null) {
            problem = "specify query argument or --stdin";
        } else if (stdinQuery && stdinInput) {
            problem = "specify --stdin or --stdin-input but not both";
        } else if (stdinInput && input != null) {
            problem = "specify --stdin-input or --input but not both";
        } else if (fail && failDefined) {
            problem = "specify --fail or --fail-defined but not both";
        }
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
    }

    private Value readInput() throws IOException {
        byte[] bytes;
        if (stdinInput) {
            bytes = readStdin();
        } else if (input != null) {
            bytes = readFile(Path.of(input));
        } else {
            return null;
        }
        try {
            return DataDocuments.parseInput(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException("unable to parse input: " + e.getMessage(), e);
        }
    }

    private static byte[] readFile(Path path) throws IOException {
        try {
            if (Files.size(path) > MAX_INPUT_BYTES) {
                throw new IOException(path + ": file too large (the limit is " + MAX_INPUT_BYTES + " bytes)");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IOException("open " + path + ": no such file or directory", e);
        }
    }

    private byte[] readStdin() throws IOException {
        Object root = spec.root().userObject();
        InputStream in = root instanceof StandardInput s ? s.stdin() : System.in;
        byte[] bytes = in.readNBytes((int) MAX_INPUT_BYTES + 1);
        if (bytes.length > MAX_INPUT_BYTES) {
            throw new IOException("standard input too large (the limit is " + MAX_INPUT_BYTES + " bytes)");
        }
        return bytes;
    }
}
