package dev.windlass.gotemplate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Parses pipelines, commands and operands for {@link Parser}, with Go's rules and messages. */
final class PipelineParser {

    private static final int MAX_STACK_DEPTH = 10_000;
    private static final int MAX_PIPELINE_CMDS = 100_000;
    private static final Set<ItemType> OPERAND_START = EnumSet.of(ItemType.BOOL, ItemType.CHAR_CONSTANT,
            ItemType.COMPLEX, ItemType.DOT, ItemType.FIELD, ItemType.IDENTIFIER, ItemType.NUMBER, ItemType.NIL,
            ItemType.RAW_STRING, ItemType.STRING, ItemType.VARIABLE, ItemType.LEFT_PAREN);

    private final Parser p;
    private final TokenStream in;
    private int stackDepth;

    PipelineParser(Parser parser) {
        this.p = parser;
        this.in = parser.in;
    }

    Node.Pipe pipeline(String context, ItemType end) {
        Item start = in.peekNonSpace();
        List<Node.Variable> decl = new ArrayList<>();
        boolean isAssign = declarations(context, decl);
        List<Node.Command> cmds = new ArrayList<>();
        while (true) {
            Item token = in.nextNonSpace();
            if (token.type() == end) {
                checkPipeline(cmds, context);
                return new Node.Pipe(start.pos(), start.line(), isAssign, decl, cmds);
            }
            if (!OPERAND_START.contains(token.type())) {
                throw p.unexpected(token, context);
            }
            in.backup();
            cmds.add(command());
            if (cmds.size() > MAX_PIPELINE_CMDS) {
                throw p.errorf("pipeline too long");
            }
        }
    }

    /** Reads {@code $x :=}, {@code $x =} or {@code $i, $e :=}; returns whether it is an assignment. */
    private boolean declarations(String context, List<Node.Variable> decl) {
        boolean isAssign = false;
        while (true) {
            Item v = in.peekNonSpace();
            if (v.type() != ItemType.VARIABLE) {
                return isAssign;
            }
            int mark = in.mark();
            in.next();
            Item next = in.peekNonSpace();
            if (next.type() == ItemType.ASSIGN || next.type() == ItemType.DECLARE) {
                isAssign = next.type() == ItemType.ASSIGN;
                in.nextNonSpace();
                declare(v, decl);
                return isAssign;
            }
            if (next.type() == ItemType.CHAR && next.val().equals(",")) {
                in.nextNonSpace();
                declare(v, decl);
                if (context.equals("range") && decl.size() < 2) {
                    ItemType t = in.peekNonSpace().type();
                    if (t == ItemType.VARIABLE || t == ItemType.RIGHT_DELIM || t == ItemType.RIGHT_PAREN) {
                        continue;
                    }
                    throw p.errorf("range can only initialize variables");
                }
                throw p.errorf("too many declarations in " + context);
            }
            in.reset(mark);
            return isAssign;
        }
    }

    private void declare(Item v, List<Node.Variable> decl) {
        decl.add(new Node.Variable(v.pos(), Parser.split(v.val())));
        p.vars.add(v.val());
    }

    private void checkPipeline(List<Node.Command> cmds, String context) {
        if (cmds.isEmpty()) {
            throw p.errorf("missing value for " + context);
        }
        for (int i = 1; i < cmds.size(); i++) {
            Node first = cmds.get(i).args().get(0);
            if (first instanceof Node.Bool || first instanceof Node.Dot || first instanceof Node.Nil
                    || first instanceof Node.NumberNode || first instanceof Node.StringNode) {
                throw p.errorf("non executable command in pipeline stage " + (i + 1));
            }
        }
    }

    private Node.Command command() {
        int pos = in.peekNonSpace().pos();
        List<Node> args = new ArrayList<>();
        while (true) {
            in.peekNonSpace();
            Node operand = operand();
            if (operand != null) {
                args.add(operand);
            }
            Item token = in.next();
            if (token.type() == ItemType.SPACE) {
                continue;
            }
            if (token.type() == ItemType.RIGHT_DELIM || token.type() == ItemType.RIGHT_PAREN) {
                in.backup();
            } else if (token.type() != ItemType.PIPE) {
                throw p.unexpected(token, "operand");
            }
            break;
        }
        if (args.isEmpty()) {
            throw p.errorf("empty command");
        }
        return new Node.Command(pos, args);
    }

    private Node operand() {
        Node node = term();
        if (node == null || in.peek().type() != ItemType.FIELD) {
            return node;
        }
        int chainPos = in.peek().pos();
        List<String> fields = new ArrayList<>();
        while (in.peek().type() == ItemType.FIELD) {
            fields.add(in.next().val().substring(1));
        }
        if (node instanceof Node.Field field) {
            List<String> ident = new ArrayList<>(field.ident());
            ident.addAll(fields);
            return new Node.Field(chainPos, ident);
        }
        if (node instanceof Node.Variable variable) {
            List<String> ident = new ArrayList<>(variable.ident());
            ident.addAll(fields);
            return new Node.Variable(chainPos, ident);
        }
        if (node instanceof Node.Bool || node instanceof Node.StringNode || node instanceof Node.NumberNode
                || node instanceof Node.Nil || node instanceof Node.Dot) {
            throw p.errorf("unexpected . after term " + GoQuote.quote(node.toString()));
        }
        return new Node.Chain(chainPos, node, fields);
    }

    private Node term() {
        Item token = in.nextNonSpace();
        switch (token.type()) {
            case IDENTIFIER:
                if (!p.hasFunction.test(token.val())) {
                    throw p.errorf("function " + GoQuote.quote(token.val()) + " not defined");
                }
                return new Node.Identifier(token.pos(), token.val());
            case DOT:
                return new Node.Dot(token.pos());
            case NIL:
                return new Node.Nil(token.pos());
            case VARIABLE:
                return useVar(token);
            case FIELD:
                return new Node.Field(token.pos(), Parser.split(token.val().substring(1)));
            case BOOL:
                return new Node.Bool(token.pos(), token.val().equals("true"));
            case CHAR_CONSTANT:
            case COMPLEX:
            case NUMBER:
                return number(token);
            case LEFT_PAREN:
                return parenthesized();
            case STRING:
            case RAW_STRING:
                return new Node.StringNode(token.pos(), token.val(), p.unquote(token.val()));
            default:
                in.backup();
                return null;
        }
    }

    private Node number(Item token) {
        try {
            return new Node.NumberNode(token.pos(), token.val(), NumberLiteral.parse(token.val(), token.type()));
        } catch (IllegalArgumentException e) {
            throw p.errorf(e.getMessage());
        }
    }

    private Node parenthesized() {
        if (stackDepth >= MAX_STACK_DEPTH) {
            throw p.errorf("max expression depth exceeded");
        }
        stackDepth++;
        try {
            return pipeline("parenthesized pipeline", ItemType.RIGHT_PAREN);
        } finally {
            stackDepth--;
        }
    }

    private Node useVar(Item token) {
        Node.Variable v = new Node.Variable(token.pos(), Parser.split(token.val()));
        if (!p.vars.contains(v.ident().get(0))) {
            throw p.errorf("undefined variable " + GoQuote.quote(v.ident().get(0)));
        }
        return v;
    }
}
