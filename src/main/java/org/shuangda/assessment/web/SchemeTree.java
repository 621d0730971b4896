package org.shuangda.assessment.web;

import java.util.ArrayList;
import java.util.List;
import org.shuangda.assessment.Scheme;

/** A scheme's categories in tree order with their depth and their items: what the pages list. */
final class SchemeTree {

    /** One category line: its depth (0 at the top), its numbered name, its own items. */
    record Row(Scheme.Category category, int depth, String label, List<Scheme.Item> items) {
    }

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private SchemeTree() {
    }

    static List<Row> rows(Scheme scheme) {
        List<Row> out = new ArrayList<>();
        walk(scheme, null, 0, out);
        return out;
    }

    private static void walk(Scheme scheme, Long parent, int depth, List<Row> out) {
        List<Scheme.Category> children = scheme.childrenOf(parent);
        for (int i = 0; i < children.size(); i++) {
            Scheme.Category c = children.get(i);
            String number = depth == 0 ? (i < NUMERALS.length ? NUMERALS[i] : String.valueOf(i + 1)) + "、"
                    : "（" + (i < NUMERALS.length ? NUMERALS[i] : String.valueOf(i + 1)) + "）";
            out.add(new Row(c, depth, number + c.name(), scheme.itemsOf(c.id())));
            walk(scheme, c.id(), depth + 1, out);
        }
    }
}
