package org.shuangda.entities;

import java.util.List;

/**
 * A row of an upload as held in {@code entity_import_row}: the cells in {@link ImportColumn} order,
 * normalised where they were valid, and the row's problems (empty when it may be imported).
 */
record StagedRow(int rowNo, String[] cells, boolean usccOverride, String overrideReason,
        List<ImportProblem> problems) {

    String uscc() {
        return cells[ImportColumn.USCC.ordinal()];
    }

    EntityDraft draft() {
        String[] c = cells;
        return new EntityDraft(c[0], c[1], usccOverride, overrideReason, c[2], c[3], c[4], c[5], c[6], c[7], c[8],
                null, c[9]);
    }

    ImportRow view() {
        String[] c = cells;
        boolean idWrong = problems.stream().anyMatch(p -> p.field().equals("legalRepIdNumber"));
        return new ImportRow(rowNo, c[0], c[1], usccOverride, overrideReason, c[2], c[3], c[4], c[5],
                idWrong ? c[6] : ResidentIdNumber.mask(c[6]), c[7], c[8], c[9], problems);
    }
}
