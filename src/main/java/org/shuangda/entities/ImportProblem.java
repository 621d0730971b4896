package org.shuangda.entities;

import java.util.List;

/**
 * Why one cell of an import row is wrong.
 *
 * @param field the draft field ({@code uscc}); its column header is {@link ImportColumn#header()}
 * @param code  a message code, resolved in the reader's language when shown
 * @param args  the message arguments, as text
 */
public record ImportProblem(String field, String code, List<String> args) {

    public ImportProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
