package org.shuangda.shared;

/**
 * A one-click entry on the home workbench to what a role acts on ("线索 · 3 条核查中，1 条逾期" → /clues), with
 * its counts. Offered by a module's {@link WorkbenchLinkProvider} only to a user who may open {@code href}.
 *
 * @param key     a stable id for the page and tests ("clues", "review"), unique per provider
 * @param label   the entry's name in the user's language
 * @param href    the page, relative to the context ("/clues?status=VERIFYING")
 * @param icon    a Bootstrap icon name without the {@code bi-} prefix
 * @param count   how many items wait there (null: no count, a plain link)
 * @param overdue how many of them are overdue (0 when none)
 * @param order   position on the workbench, smallest first (reporting 10, tasks 20, clues 30, cases 40,
 *                filings 50, transfers 60, oversight 70, everything else 100)
 */
public record WorkbenchLink(String key, String label, String href, String icon, Long count, long overdue,
        int order) {
}
