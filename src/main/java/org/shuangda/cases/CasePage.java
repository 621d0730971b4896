package org.shuangda.cases;

import java.util.List;

/** One page of cases; {@code hasNext} instead of a total, so a county's list never counts 2 million rows. */
public record CasePage(List<CaseRow> rows, int page, int size, boolean hasNext) {
}
