package dev.windlass.gotemplate;

import java.util.List;

/**
 * A node of a parsed template (Go's {@code parse.Node}). {@code pos} is a char offset into the text
 * the template was parsed from; {@code toString()} is Go's {@code String()}, which execution errors
 * quote between {@code <>}.
 */
sealed interface Node {

    int pos();

    /** Literal text between actions. */
    record Text(int pos, String text) implements Node {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A sequence of nodes. */
    record ListNode(int pos, List<Node> nodes) implements Node {
        public ListNode {
            nodes = List.copyOf(nodes);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            nodes.forEach(out::append);
            return out.toString();
        }
    }

    /** {@code {{pipeline}}}: prints its value unless the pipeline declares variables. */
    record Action(int pos, int line, Pipe pipe) implements Node {
        @Override
        public String toString() {
            return "{{" + pipe + "}}";
        }
    }

    /** A pipeline with optional variable declarations ({@code $x :=}) or assignments ({@code $x =}). */
    record Pipe(int pos, int line, boolean isAssign, List<Variable> decl, List<Command> cmds) implements Node {
        public Pipe {
            decl = List.copyOf(decl);
            cmds = List.copyOf(cmds);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < decl.size(); i++) {
                out.append(i > 0 ? ", " : "").append(decl.get(i));
            }
            if (!decl.isEmpty()) {
                out.append(isAssign ? " = " : " := ");
            }
            for (int i = 0; i < cmds.size(); i++) {
                out.append(i > 0 ? " | " : "").append(cmds.get(i));
            }
            return out.toString();
        }
    }

    /** One command of a pipeline: an operand followed by arguments. */
    record Command(int pos, List<Node> args) implements Node {
        public Command {
            args = List.copyOf(args);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < args.size(); i++) {
                Node arg = args.get(i);
                out.append(i > 0 ? " " : "");
                out.append(arg instanceof Pipe ? "(" + arg + ")" : arg.toString());
            }
            return out.toString();
        }
    }

    /** A function name. */
    record Identifier(int pos, String ident) implements Node {
        @Override
        public String toString() {
            return ident;
        }
    }

    /** {@code $x} or {@code $x.a.b}; {@code ident} holds the variable name then the field names. */
    record Variable(int pos, List<String> ident) implements Node {
        public Variable {
            ident = List.copyOf(ident);
        }

        @Override
        public String toString() {
            return String.join(".", ident);
        }
    }

    /** {@code .}: the cursor. */
    record Dot(int pos) implements Node {
        @Override
        public String toString() {
            return ".";
        }
    }

    /** The untyped {@code nil}. */
    record Nil(int pos) implements Node {
        @Override
        public String toString() {
            return "nil";
        }
    }

    /** {@code .a.b}: a field chain on dot. */
    record Field(int pos, List<String> ident) implements Node {
        public Field {
            ident = List.copyOf(ident);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            ident.forEach(id -> out.append('.').append(id));
            return out.toString();
        }
    }

    /** {@code (pipeline).a.b}: fields applied to a term that is not a field or variable. */
    record Chain(int pos, Node node, List<String> fields) implements Node {
        public Chain {
            fields = List.copyOf(fields);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(node instanceof Pipe ? "(" + node + ")" : node.toString());
            fields.forEach(f -> out.append('.').append(f));
            return out.toString();
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(int pos, boolean value) implements Node {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** A number or character constant with every Go type it can represent. */
    record NumberNode(int pos, String text, NumberLiteral value) implements Node {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A string constant; {@code quoted} is its source form. */
    record StringNode(int pos, String quoted, String text) implements Node {
        @Override
        public String toString() {
            return quoted;
        }
    }

    /** {@code if}, {@code range} or {@code with}. */
    record Branch(Kind kind, int pos, int line, Pipe pipe, ListNode list, ListNode elseList) implements Node {

        /** Which control structure. */
        enum Kind { IF, RANGE, WITH }

        @Override
        public String toString() {
            String name = kind.name().toLowerCase(java.util.Locale.ROOT);
            return "{{" + name + " " + pipe + "}}" + list + (elseList == null ? "" : "{{else}}" + elseList)
                    + "{{end}}";
        }
    }

    /** {@code {{template "name" pipeline}}}. */
    record TemplateCall(int pos, int line, String name, Pipe pipe) implements Node {
        @Override
        public String toString() {
            return "{{template " + GoQuote.quote(name) + (pipe == null ? "" : " " + pipe) + "}}";
        }
    }

    /** {@code {{break}}}. */
    record Break(int pos, int line) implements Node {
        @Override
        public String toString() {
            return "{{break}}";
        }
    }

    /** {@code {{continue}}}. */
    record Continue(int pos, int line) implements Node {
        @Override
        public String toString() {
            return "{{continue}}";
        }
    }

    /** {@code {{end}}}; only seen while parsing. */
    record End(int pos) implements Node {
        @Override
        public String toString() {
            return "{{end}}";
        }
    }

    /** {@code {{else}}}; only seen while parsing. */
    record Else(int pos, int line) implements Node {
        @Override
        public String toString() {
            return "{{else}}";
        }
    }
}
