package org.shuangda.credit;

import java.time.LocalDate;

/**
 * Where the display expiry got to: the last day shown and id of the last fact it hid. The next batch starts after
 * it, so a run reads each expired fact once (index entries of the rows already hidden are not scanned again).
 */
public record ExpiryCursor(LocalDate lastDayShown, long id) {

    /** Before every fact. */
    public static final ExpiryCursor START = new ExpiryCursor(LocalDate.of(1, 1, 1), 0);
}
