package org.shuangda.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * A module that tells the message centre what is due (reporting: reviews; cases: decisions, clues, transfers;
 * complaints: filings' clocks), like {@link TodoProvider} for the home page but for everyone at once, for the
 * daily notices. The message centre decides with {@link DueItem#noticedOn} which are noticed.
 */
public interface DueItems {

    /**
     * The items due on or before {@code horizon}: approvals waiting (also those that fell due before
     * {@code today}) and clocks ending from {@code today} to {@code horizon}. Read as the platform (no scope).
     */
    List<DueItem> dueBy(LocalDate today, LocalDate horizon);
}
