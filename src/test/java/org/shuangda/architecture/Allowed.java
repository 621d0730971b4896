package org.shuangda.architecture;

import java.util.Set;

/** The one exception {@link ArchitectureRulesTest} makes, with its reason. Never add one for new code. */
final class Allowed {

    private Allowed() {
    }

    /**
     * Not debt, and kept: reporting's roll-up SQL. These classes are set-based queries over the running totals
     * and the raw values (and the ledger posting to the totals in the accepting transaction); they read and
     * write read models, not an aggregate, so there is no aggregate's store to move them to.
     */
    static final Set<String> ROLLUP_QUERIES = Set.of(
            "org.shuangda.reporting.rollups.CategoryRollups",
            "org.shuangda.reporting.rollups.ExpectedUnits",
            "org.shuangda.reporting.rollups.RegionRollups",
            "org.shuangda.reporting.rollups.RollupBreakdowns",
            "org.shuangda.reporting.rollups.RollupLedger");

    /**
     * Downloads that are not records, or whose callers record the export: the blank import template of
     * market entities (no data), and the transfer package's download helper (its callers, {@code TransferApi}
     * and {@code TransferPages}, call {@code ExportAudit}).
     */
    static final Set<String> DOWNLOADS_NOT_AUDITED = Set.of(
            "entities.web.EntityImportController",
            "cases.transfer.web.TransferDownloads");
}
