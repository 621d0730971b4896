package org.shuangda.reporting.templates;

import java.util.List;

/** The measures (计量单位) an indicator may use, as printed on the forms. */
public final class Measure {

    public static final List<String> ALL = List.of("人次", "户", "个", "处", "件", "万元", "份", "批次", "次", "%");

    private Measure() {
    }
}
