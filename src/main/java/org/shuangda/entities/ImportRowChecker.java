package org.shuangda.entities;

import java.util.ArrayList;
import java.util.List;
import org.shuangda.shared.DataScope;

/**
 * Validates staged import rows with the same rules as the form, plus the two duplicate rules of an import:
 * a code repeated further down the file, and a code already in the directory.
 */
final class ImportRowChecker {

    private final EntityValidator validator;
    private final DataScope scope;

    ImportRowChecker(RegionLookup regions, java.time.LocalDate today, DataScope scope) {
        this.validator = new EntityValidator(regions, today);
        this.scope = scope;
    }

    /** The row with its cells normalised (where valid) and its own problems; duplicates not yet known. */
    StagedRow check(StagedRow raw) {
        EntityValidator.Outcome outcome = validator.validate(raw.draft(), scope);
        String[] cells = raw.cells().clone();
        outcome.values().ifPresentOrElse(v -> {
            cells[0] = v.name();
            cells[1] = v.uscc();
            cells[2] = v.entityType().name();
            cells[3] = v.address();
            cells[4] = v.region().code();
            cells[5] = v.legalRepresentative();
            cells[6] = v.legalRepIdNumber();
            cells[7] = v.contactPerson();
            cells[8] = v.contactPhone();
            cells[9] = v.establishedOn() == null ? null : v.establishedOn().toString();
        }, () -> {
            cells[1] = Uscc.normalize(cells[1]);
            EntityType.parse(cells[2]).ifPresent(t -> cells[2] = t.name());
        });
        List<ImportProblem> problems = new ArrayList<>();
        outcome.problems().forEach(p -> problems.add(new ImportProblem(p.field(), p.reason(),
                java.util.Arrays.stream(p.args()).map(String::valueOf).toList())));
        boolean override = outcome.values().map(EntityValues::usccOverride).orElse(raw.usccOverride());
        return new StagedRow(raw.rowNo(), cells, override, override ? raw.overrideReason() : null, problems);
    }

    /**
     * Adds the duplicate problems.
     *
     * @param earlierRow the first row above with the same code, or null
     * @param holder     the name of the entity already registered with the code, or null
     */
    static StagedRow withDuplicates(StagedRow row, Integer earlierRow, String holder) {
        if (earlierRow == null && holder == null) {
            return row;
        }
        List<ImportProblem> problems = new ArrayList<>(row.problems());
        if (earlierRow != null) {
            problems.add(new ImportProblem("uscc", "entity.import.error.duplicateInFile",
                    List.of(String.valueOf(earlierRow))));
        }
        if (holder != null) {
            problems.add(new ImportProblem("uscc", "entity.error.uscc.duplicate", List.of(holder)));
        }
        return new StagedRow(row.rowNo(), row.cells(), row.usccOverride(), row.overrideReason(), problems);
    }
}
