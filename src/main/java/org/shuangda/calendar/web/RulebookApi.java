package org.shuangda.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.calendar.StatutoryRule;
import org.shuangda.calendar.internal.DatabaseRulebook;
import org.shuangda.shared.Actor;
import org.shuangda.shared.MaxLength;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rulebook of statutory periods (时限规则): read by any signed-in user, changed by the administrators. */
@RestController
@RequestMapping("/api/v1/rules")
@Tag(name = "Rulebook 时限规则", description = "Every statutory period the platform counts, with its legal source")
class RulebookApi {

    /**
     * One version of a period.
     *
     * @param ownerRegionPath null: the national rule; else the province whose rule it is
     */
    record RuleJson(String key, String name, int amount, String unit, Integer extensionAmount, String pauses,
            String source, LocalDate effectiveFrom, String ownerRegionPath) {

        static RuleJson of(StatutoryRule r) {
            return r == null ? null : new RuleJson(r.key(), r.name(), r.amount(), r.unit().name(), r.extensionAmount(),
                    r.pauses(), r.source(), r.effectiveFrom(), r.owner().regionPath());
        }
    }

    /**
     * @param current the version in force today
     * @param next    the version already scheduled for a later day, if any
     */
    record EntryJson(String key, String ownerRegionPath, RuleJson current, RuleJson next) {
    }

    /** A new version; fields left out keep the current value; {@code extensionAmount} 0 removes the extension. */
    record RuleChange(@MaxLength(100) String name, Integer amount, @MaxLength(20) String unit,
            Integer extensionAmount, @MaxLength(300) String pauses, @MaxLength(500) String source,
            LocalDate effectiveFrom, @MaxLength(200) String ownerRegionPath) {
    }

    private final DatabaseRulebook rulebook;

    RulebookApi(DatabaseRulebook rulebook) {
        this.rulebook = rulebook;
    }

    @GetMapping
    @Operation(summary = "Every statutory period with its current value",
            description = "One entry per key and owner (national, or a province's own rule): the version in force "
                    + "today (length, unit WORKING_DAYS / NATURAL_DAYS (rolling forward) / CALENDAR_DAYS / HOURS / "
                    + "MONTHS / YEARS, extension, pauses, legal source, effective date) and the next one scheduled.")
    List<EntryJson> all() {
        return rulebook.current().stream().map(e -> new EntryJson(e.current().key(),
                e.current().owner().regionPath(), RuleJson.of(e.current()), RuleJson.of(e.next()))).toList();
    }

    @PutMapping("/{key}")
    @Operation(summary = "Schedule a new version of a period (administrators)",
            description = "Clocks started on or after `effectiveFrom` (after today) count the new value; running "
                    + "clocks keep theirs. `ownerRegionPath` (e.g. /140000/) makes it a province's own rule, which "
                    + "needs CALENDAR_MANAGE over that province. A version with the same owner and date is corrected. "
                    + "Audited.")
    RuleJson change(Actor me, @PathVariable String key, @RequestBody RuleChange body) {
        return RuleJson.of(rulebook.change(me, key, new DatabaseRulebook.Change(body.name(), body.amount(),
                body.unit(), body.extensionAmount(), body.pauses(), body.source(), body.effectiveFrom(),
                body.ownerRegionPath())));
    }
}
