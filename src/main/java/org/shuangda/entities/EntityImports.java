package org.shuangda.entities;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import of market entities from XLSX or CSV in two steps: {@link #upload} reads, validates and stages every
 * row (nothing reaches the directory) for a per-row preview in which bad rows can be {@linkplain #fixRow
 * fixed}; {@link #commit} then imports all rows in one transaction, only when none has a problem left, and
 * writes one audit entry for the whole batch. Needs {@code ENTITY_IMPORT}; every row's region must lie in
 * the actor's scope for it. A batch is visible to its uploader only.
 */
@Service
public class EntityImports {

    public static final int PREVIEW_PAGE_SIZE = 50;

    private final ImportStagingStore staging;
    private final EntityStore entities;
    private final EntityRegionStore regions;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxRows;

    EntityImports(ImportStagingStore staging, EntityStore entities, EntityRegionStore regions,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
            org.shuangda.shared.web.RequestLimits limits) {
        this.maxRows = limits.importRows();
        this.staging = staging;
        this.entities = entities;
        this.regions = regions;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Rows per file at most ({@code shuangda.limits.import-rows}). */
    public int maxRows() {
        return maxRows;
    }

    /** Reads and checks the file (outside any transaction: it is the slow part), then stages it. */
    public ImportBatch upload(Actor actor, String fileName, InputStream content) {
        DataScope scope = actor.require(Permission.ENTITY_IMPORT);
        List<ImportFileReader.Row> rows = ImportFileReader.read(fileName, content, maxRows);
        LocalDate today = LocalDate.now(clock);
        ImportRowChecker checker = new ImportRowChecker(RegionLookup.preloaded(regions, today), today, scope);
        List<StagedRow> checked = new ArrayList<>(rows.size());
        for (ImportFileReader.Row row : rows) {
            checked.add(checker.check(new StagedRow(row.rowNo(), row.cells(), false, null, List.of())));
        }
        Map<String, Integer> firstRowOf = new HashMap<>();
        checked.forEach(r -> {
            if (r.uscc() != null) {
                firstRowOf.putIfAbsent(r.uscc(), r.rowNo());
            }
        });
        Map<String, String> holders = entities.holders(firstRowOf.keySet());
        List<StagedRow> staged = checked.stream().map(r -> r.uscc() == null ? r : ImportRowChecker.withDuplicates(r,
                firstRowOf.get(r.uscc()) == r.rowNo() ? null : firstRowOf.get(r.uscc()), holders.get(r.uscc())))
                .toList();
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        Long batchId = transactions.execute(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            staging.deleteStalePreviews(actor.userId(), now.minus(ImportStagingStore.PREVIEW_KEPT));
            long id = staging.createBatch(actor.userId(), actor.username(), name, staged.size(), now);
            staging.copyRows(id, staged);
            return id;
        });
        return batch(actor, Objects.requireNonNull(batchId));
    }

    /** The actor's own batch (another person's is not found). */
    public ImportBatch batch(Actor actor, long batchId) {
        actor.require(Permission.ENTITY_IMPORT);
        return staging.findBatch(batchId, actor.userId())
                .orElseThrow(() -> new NotFoundProblem("import batch", batchId));
    }

    /** The rows that still have problems, {@link #PREVIEW_PAGE_SIZE} per page (1-based). */
    public List<ImportRow> errorRows(Actor actor, long batchId, int page) {
        batch(actor, batchId);
        return staging.errorRows(batchId, PREVIEW_PAGE_SIZE, (Math.max(1, page) - 1) * PREVIEW_PAGE_SIZE).stream()
                .map(StagedRow::view).toList();
    }

    public ImportRow row(Actor actor, long batchId, int rowNo) {
        batch(actor, batchId);
        return staging.row(batchId, rowNo).map(StagedRow::view)
                .orElseThrow(() -> new NotFoundProblem("import row", rowNo));
    }

    /**
     * Replaces one staged row with what the person corrected and checks it again, together with the rows
     * that shared its old or new code (a fixed duplicate clears the other row's problem too).
     */
    public ImportRow fixRow(Actor actor, long batchId, int rowNo, EntityDraft draft) {
        DataScope scope = actor.require(Permission.ENTITY_IMPORT);
        ImportBatch batch = batch(actor, batchId);
        if (batch.committed()) {
            throw new InvalidInput("batch", "entity.import.error.alreadyCommitted");
        }
        LocalDate today = LocalDate.now(clock);
        return transactions.execute(status -> {
            StagedRow old = staging.row(batchId, rowNo).orElseThrow(() -> new NotFoundProblem("import row", rowNo));
            String[] cells = {draft.name(), Uscc.normalize(draft.uscc()), draft.entityType(), draft.address(),
                draft.regionCode(), draft.legalRepresentative(), keptIdNumber(draft, old), draft.contactPerson(),
                draft.contactPhone(), draft.establishedOn()};
            StagedRow edited = new StagedRow(rowNo, cells, draft.overrideRequested(), draft.overrideReason(),
                    List.of());
            staging.updateRow(batchId, edited);
            List<String> codes = java.util.stream.Stream.of(old.uscc(), edited.uscc()).filter(Objects::nonNull)
                    .distinct().toList();
            Map<Integer, StagedRow> recheck = new LinkedHashMap<>();
            recheck.put(rowNo, edited);
            staging.rowsWithUscc(batchId, codes).forEach(r -> recheck.putIfAbsent(r.rowNo(), r));
            ImportRowChecker checker = new ImportRowChecker(RegionLookup.single(regions, today), today, scope);
            Map<String, String> holders = entities.holders(codes);
            for (StagedRow row : recheck.values()) {
                StagedRow checked = checker.check(row);
                // every row rechecked here carries one of `codes` (or no code at all)
                Integer earlier = checked.uscc() == null ? null
                        : staging.earlierRowWithUscc(batchId, checked.uscc(), row.rowNo()).orElse(null);
                String holder = checked.uscc() == null ? null : holders.get(checked.uscc());
                staging.updateRow(batchId, ImportRowChecker.withDuplicates(checked, earlier, holder));
            }
            return staging.row(batchId, rowNo).orElseThrow().view();
        });
    }

    /** Imports every row of the batch at once, or nothing; returns the number of entities created. */
    public int commit(Actor actor, long batchId) {
        DataScope scope = actor.require(Permission.ENTITY_IMPORT);
        try {
            return Objects.requireNonNull(transactions.execute(status -> commitNow(batchId, actor, scope)));
        } catch (DuplicateKeyException | RegisteredMeanwhile e) {
            // rolled back; now mark the rows whose code someone registered since the preview, so they show up
            List<Integer> rows = transactions.execute(status -> markRegisteredMeanwhile(batchId));
            throw new InvalidInput("batch", "entity.import.error.registeredMeanwhile",
                    rows.stream().map(String::valueOf).collect(Collectors.joining("、")));
        }
    }

    private int commitNow(long batchId, Actor actor, DataScope scope) {
        ImportBatch batch = staging.findBatch(batchId, actor.userId())
                .orElseThrow(() -> new NotFoundProblem("import batch", batchId));
        if (!staging.lockForCommit(batchId, actor.userId())) {
            throw new InvalidInput("batch", "entity.import.error.alreadyCommitted");
        }
        if (batch.errorRows() > 0) {
            throw new InvalidInput("batch", "entity.import.error.rowsWithErrors", batch.errorRows());
        }
        if (!staging.rowsNowDuplicated(batchId).isEmpty()) {
            throw new RegisteredMeanwhile();
        }
        if (staging.rowsOutside(batchId, scope) > 0) {
            throw new InvalidInput("batch", "entity.import.error.outOfScope");
        }
        int inserted = staging.commit(batchId, actor.username(), OffsetDateTime.now(clock));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("batchId", batchId);
        after.put("rows", inserted);
        after.put("file", batch.fileName());
        events.publishEvent(AuditableChange.of(actor, AuditAction.IMPORT, EntityAudit.TYPE, batchId,
                "导入市场主体 " + inserted + " 条 / imported " + inserted + " entities: " + batch.fileName(), after));
        return inserted;
    }

    private List<Integer> markRegisteredMeanwhile(long batchId) {
        List<Integer> rows = staging.rowsNowDuplicated(batchId);
        for (Integer rowNo : rows) {
            staging.row(batchId, rowNo).ifPresent(row -> staging.updateRow(batchId, ImportRowChecker.withDuplicates(
                    row, null, entities.holders(List.of(row.uscc())).get(row.uscc()))));
        }
        return rows;
    }

    private static String keptIdNumber(EntityDraft draft, StagedRow old) {
        String sent = draft.legalRepIdNumber();
        String stored = old.cells()[ImportColumn.LEGAL_REP_ID_NUMBER.ordinal()];
        return sent != null && stored != null && sent.strip().equals(ResidentIdNumber.mask(stored)) ? stored : sent;
    }

    /** Signals that codes were registered between preview and commit (rolls the commit back). */
    private static final class RegisteredMeanwhile extends RuntimeException {
        RegisteredMeanwhile() {
            super(null, null, false, false);
        }
    }
}
