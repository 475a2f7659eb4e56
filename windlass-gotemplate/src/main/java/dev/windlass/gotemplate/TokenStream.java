package dev.windlass.gotemplate;

import java.util.List;

/** The parser's view of the lexed items: look-ahead, back-up and the line of the furthest item read. */
final class TokenStream {

    private final List<Item> items;
    private int index;
    private int furthest;

    TokenStream(List<Item> items) {
        this.items = items;
    }

    Item next() {
        Item item = items.get(Math.min(index, items.size() - 1));
        index++;
        furthest = Math.max(furthest, index - 1);
        return item;
    }

    Item peek() {
        Item item = next();
        index--;
        return item;
    }

    void backup() {
        index--;
    }

    void backup(int count) {
        index -= count;
    }

    Item nextNonSpace() {
        Item item;
        do {
            item = next();
        } while (item.type() == ItemType.SPACE);
        return item;
    }

    /** Like Go's: skips (consumes) spaces and returns, without consuming, the next other item. */
    Item peekNonSpace() {
        Item item = nextNonSpace();
        index--;
        return item;
    }

    /** Go's {@code t.token[0].line}: the line of the most recently lexed item. */
    int line() {
        return items.get(Math.min(furthest, items.size() - 1)).line();
    }

    int mark() {
        return index;
    }

    void reset(int mark) {
        index = mark;
    }
}
