package dev.windlass.gotemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Go's {@code text/template/parse} parser: builds one {@link Tree} per template in a text (the text
 * itself and every {@code define} and {@code block}), with Go's error messages. Expressions are
 * parsed by {@link PipelineParser}.
 */
final class Parser {

    final TokenStream in;
    final String parseName;
    final String text;
    final LineIndex lines;
    final Map<String, Tree> treeSet;
    final Predicate<String> hasFunction;
    final List<String> vars = new ArrayList<>(List.of("$"));
    int rangeDepth;
    private int actionLine;
    private String name;
    private final PipelineParser pipelines;

    private Parser(TokenStream in, String name, String parseName, String text, LineIndex lines,
            Map<String, Tree> treeSet, Predicate<String> hasFunction) {
        this.in = in;
        this.name = name;
        this.parseName = parseName;
        this.text = text;
        this.lines = lines;
        this.treeSet = treeSet;
        this.hasFunction = hasFunction;
        this.pipelines = new PipelineParser(this);
    }

    /** Parses {@code text} as template {@code name}, adding it and its definitions to {@code treeSet}. */
    static void parse(String name, String text, String left, String right, Predicate<String> hasFunction,
            Map<String, Tree> treeSet) {
        List<Item> items = new Lexer(text, left, right, !hasFunction.test("break"), !hasFunction.test("continue"))
                .lex();
        Parser parser = new Parser(new TokenStream(items), name, name, text, new LineIndex(text), treeSet,
                hasFunction);
        parser.add(parser.parseTop());
    }

    private Parser child(String childName) {
        return new Parser(in, childName, parseName, text, lines, treeSet, hasFunction);
    }

    RuntimeException errorf(String message) {
        throw new ParseFailure(parseName, in.line(), message);
    }

    RuntimeException unexpected(Item token, String context) {
        if (token.type() == ItemType.ERROR) {
            String extra = "";
            if (actionLine != 0 && actionLine != token.line()) {
                extra = " in action started at " + parseName + ":" + actionLine;
                if (token.val().endsWith(" action")) {
                    extra = extra.substring(" in action".length());
                }
            }
            throw errorf(token + extra);
        }
        throw errorf("unexpected " + token + " in " + context);
    }

    Item expect(ItemType expected, String context) {
        Item token = in.nextNonSpace();
        if (token.type() != expected) {
            throw unexpected(token, context);
        }
        return token;
    }

    private void add(Node.ListNode root) {
        Tree tree = new Tree(name, parseName, text, lines, root);
        Tree existing = treeSet.get(name);
        if (existing == null || existing.isEmpty()) {
            treeSet.put(name, tree);
            return;
        }
        if (!tree.isEmpty()) {
            throw errorf("template: multiple definition of template " + GoQuote.quote(name));
        }
    }

    private Node.ListNode parseTop() {
        int pos = in.peek().pos();
        List<Node> nodes = new ArrayList<>();
        while (in.peek().type() != ItemType.EOF) {
            if (in.peek().type() == ItemType.LEFT_DELIM) {
                int mark = in.mark();
                in.next();
                if (in.nextNonSpace().type() == ItemType.DEFINE) {
                    child("definition").parseDefinition();
                    continue;
                }
                in.reset(mark);
            }
            Node n = textOrAction();
            if (n instanceof Node.End || n instanceof Node.Else) {
                throw errorf("unexpected " + n);
            }
            nodes.add(n);
        }
        return new Node.ListNode(pos, nodes);
    }

    private void parseDefinition() {
        String context = "define clause";
        Item token = in.nextNonSpace();
        if (token.type() != ItemType.STRING && token.type() != ItemType.RAW_STRING) {
            throw unexpected(token, context);
        }
        name = unquote(token.val());
        expect(ItemType.RIGHT_DELIM, context);
        ItemList body = itemList();
        if (!(body.end() instanceof Node.End)) {
            throw errorf("unexpected " + body.end() + " in " + context);
        }
        add(body.list());
    }

    /** A list of nodes and the {@code {{end}}} or {@code {{else}}} that ended it. */
    record ItemList(Node.ListNode list, Node end) {
    }

    ItemList itemList() {
        int pos = in.peekNonSpace().pos();
        List<Node> nodes = new ArrayList<>();
        while (in.peekNonSpace().type() != ItemType.EOF) {
            Node n = textOrAction();
            if (n instanceof Node.End || n instanceof Node.Else) {
                return new ItemList(new Node.ListNode(pos, nodes), n);
            }
            nodes.add(n);
        }
        throw errorf("unexpected EOF");
    }

    private Node textOrAction() {
        Item token = in.nextNonSpace();
        switch (token.type()) {
            case TEXT:
                return new Node.Text(token.pos(), token.val());
            case LEFT_DELIM:
                actionLine = token.line();
                try {
                    return action();
                } finally {
                    actionLine = 0;
                }
            default:
                throw unexpected(token, "input");
        }
    }

    private Node action() {
        Item token = in.nextNonSpace();
        switch (token.type()) {
            case BLOCK:
                return blockControl();
            case BREAK:
                return loopControl(token, "{{break}}");
            case CONTINUE:
                return loopControl(token, "{{continue}}");
            case ELSE:
                return elseControl();
            case END:
                return new Node.End(expect(ItemType.RIGHT_DELIM, "end").pos());
            case IF:
                return branch(Node.Branch.Kind.IF);
            case RANGE:
                return branch(Node.Branch.Kind.RANGE);
            case TEMPLATE:
                return templateControl();
            case WITH:
                return branch(Node.Branch.Kind.WITH);
            default:
                in.backup();
                Item first = in.peek();
                return new Node.Action(first.pos(), first.line(), pipelines.pipeline("command", ItemType.RIGHT_DELIM));
        }
    }

    private Node loopControl(Item keyword, String context) {
        Item token = in.nextNonSpace();
        if (token.type() != ItemType.RIGHT_DELIM) {
            throw unexpected(token, context);
        }
        if (rangeDepth == 0) {
            throw errorf(context + " outside {{range}}");
        }
        return context.equals("{{break}}") ? new Node.Break(keyword.pos(), keyword.line())
                : new Node.Continue(keyword.pos(), keyword.line());
    }

    Node.Branch branch(Node.Branch.Kind kind) {
        String context = kind.name().toLowerCase(java.util.Locale.ROOT);
        int varMark = vars.size();
        try {
            Node.Pipe pipe = pipelines.pipeline(context, ItemType.RIGHT_DELIM);
            if (kind == Node.Branch.Kind.RANGE) {
                rangeDepth++;
            }
            ItemList body = itemList();
            if (kind == Node.Branch.Kind.RANGE) {
                rangeDepth--;
            }
            Node.ListNode elseList = null;
            if (body.end() instanceof Node.Else) {
                elseList = elseList(kind, body.end().pos());
            }
            return new Node.Branch(kind, pipe.pos(), pipe.line(), pipe, body.list(), elseList);
        } finally {
            vars.subList(varMark, vars.size()).clear();
        }
    }

    private Node.ListNode elseList(Node.Branch.Kind kind, int elsePos) {
        if (kind == Node.Branch.Kind.IF && in.peek().type() == ItemType.IF) {
            in.next();
            return new Node.ListNode(elsePos, List.of(branch(Node.Branch.Kind.IF)));
        }
        if (kind == Node.Branch.Kind.WITH && in.peek().type() == ItemType.WITH) {
            in.next();
            return new Node.ListNode(elsePos, List.of(branch(Node.Branch.Kind.WITH)));
        }
        ItemList rest = itemList();
        if (!(rest.end() instanceof Node.End)) {
            throw errorf("expected end; found " + rest.end());
        }
        return rest.list();
    }

    private Node elseControl() {
        Item peek = in.peekNonSpace();
        if (peek.type() == ItemType.IF || peek.type() == ItemType.WITH) {
            return new Node.Else(peek.pos(), peek.line());
        }
        Item token = expect(ItemType.RIGHT_DELIM, "else");
        return new Node.Else(token.pos(), token.line());
    }

    private Node blockControl() {
        String context = "block clause";
        Item token = in.nextNonSpace();
        String blockName = templateName(token, context);
        Node.Pipe pipe = pipelines.pipeline(context, ItemType.RIGHT_DELIM);
        Parser block = child(blockName);
        ItemList body = block.itemList();
        if (!(body.end() instanceof Node.End)) {
            throw errorf("unexpected " + body.end() + " in " + context);
        }
        block.add(body.list());
        return new Node.TemplateCall(token.pos(), token.line(), blockName, pipe);
    }

    private Node templateControl() {
        String context = "template clause";
        Item token = in.nextNonSpace();
        String calleeName = templateName(token, context);
        Node.Pipe pipe = null;
        if (in.nextNonSpace().type() != ItemType.RIGHT_DELIM) {
            in.backup();
            pipe = pipelines.pipeline(context, ItemType.RIGHT_DELIM);
        }
        return new Node.TemplateCall(token.pos(), token.line(), calleeName, pipe);
    }

    private String templateName(Item token, String context) {
        if (token.type() == ItemType.STRING || token.type() == ItemType.RAW_STRING) {
            return unquote(token.val());
        }
        throw unexpected(token, context);
    }

    String unquote(String quoted) {
        try {
            return GoStrings.unquote(quoted);
        } catch (IllegalArgumentException e) {
            throw errorf(e.getMessage());
        }
    }

    static List<String> split(String s) {
        return Arrays.asList(s.split("\\.", -1));
    }
}
