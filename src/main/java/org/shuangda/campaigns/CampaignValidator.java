package org.shuangda.campaigns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shuangda.campaigns.Campaign.Member;
import org.shuangda.campaigns.Campaign.Phase;
import org.shuangda.organization.LeadingGroups;
import org.shuangda.organization.Region;
import org.shuangda.organization.Regions;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.calendar.PlausibleDates;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.stereotype.Component;

/**
 * Checks a campaign plan before it is saved and returns it tidied (文号 in its canonical form, empty focus
 * entries dropped). Every problem names its field: {@code title}, {@code phases[1].endsOn}, …
 */
@Component
class CampaignValidator {

    private static final int MAX_TEXT = 20_000;

    private final Regions regions;
    private final UnitDirectory units;
    private final LeadingGroups groups;

    CampaignValidator(Regions regions, UnitDirectory units, LeadingGroups groups) {
        this.regions = regions;
        this.units = units;
        this.groups = groups;
    }

    /** The plan tidied for saving, or {@link InvalidInput} naming every wrong field; its region must lie within {@code manage}. */
    Campaign validate(Actor actor, Campaign c, DataScope manage) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (c.title() == null || c.title().isBlank()) {
            problems.add("title", "error.required");
        } else if (c.title().length() > 200) {
            problems.add("title", "error.tooLong", 200);
        }
        if (!DocNumber.isValid(c.docNumber())) {
            problems.add("docNumber", "campaign.docNumber.shape");
        }
        Optional<Region> region = c.regionCode() == null ? Optional.empty() : regions.find(c.regionCode());
        if (region.isEmpty()) {
            problems.add("regionCode", c.regionCode() == null || c.regionCode().isBlank() ? "error.required"
                    : "campaign.region.unknown");
        } else if (!manage.coversArea(region.get().path())) {
            problems.add("regionCode", "campaign.region.outOfScope");
        }
        checkPeriod(c, problems);
        checkUnit("issuingUnitId", c.issuingUnitId(), problems);
        checkUnit("officeUnitId", c.officeUnitId(), problems);
        if (c.leadingGroupId() != null && !groupExists(actor, c.leadingGroupId())) {
            problems.add("leadingGroupId", "campaign.group.unknown");
        }
        for (String field : List.of("guidingIdea", "goals")) {
            String text = field.equals("goals") ? c.goals() : c.guidingIdea();
            if (text != null && text.length() > MAX_TEXT) {
                problems.add(field, "error.tooLong", MAX_TEXT);
            }
        }
        checkPhases(c, problems);
        checkMembers(c.members(), problems);
        problems.throwIfAny();
        return new Campaign(c.id(), c.title().strip(), DocNumber.normalise(c.docNumber()), c.issuingUnitId(),
                c.regionCode(), c.startsOn(), c.endsOn(), c.guidingIdea(), c.goals(), c.leadingGroupId(),
                c.officeUnitId(), c.officeContact(), c.officePhone(), tidy(c.rightsTypes()),
                tidy(c.keyProducts()), tidy(c.keyAreas()), tidy(c.keyDomains()), c.status(), c.clonedFromId(),
                c.phases(), c.members(), c.version());
    }

    private static void checkPeriod(Campaign c, InvalidInput.Collector problems) {
        if (c.startsOn() == null) {
            problems.add("startsOn", "error.required");
        }
        if (c.endsOn() == null) {
            problems.add("endsOn", "error.required");
        }
        if (c.startsOn() != null && c.endsOn() != null && c.endsOn().isBefore(c.startsOn())) {
            problems.add("endsOn", "campaign.period.order");
        }
        if (c.startsOn() != null && (c.startsOn().getYear() < 1990 || c.startsOn().getYear() > 2100)) {
            problems.add("startsOn", "campaign.period.implausible");
        }
        PlausibleDates.check(problems, "endsOn", c.endsOn());
    }

    void checkPhases(Campaign c, InvalidInput.Collector problems) {
        for (int i = 0; i < c.phases().size(); i++) {
            Phase p = c.phases().get(i);
            String at = "phases[" + i + "].";
            if (p.name() == null || p.name().isBlank()) {
                problems.add(at + "name", "error.required");
            }
            if (p.startsOn() == null) {
                problems.add(at + "startsOn", "error.required");
            }
            if (p.endsOn() == null) {
                problems.add(at + "endsOn", "error.required");
            }
            if (p.startsOn() != null && p.endsOn() != null) {
                if (p.endsOn().isBefore(p.startsOn())) {
                    problems.add(at + "endsOn", "campaign.period.order");
                } else if (outside(p.startsOn(), c) || outside(p.endsOn(), c)) {
                    problems.add(at + "startsOn", "campaign.phase.outside");
                }
            }
        }
    }

    private static boolean outside(LocalDate day, Campaign c) {
        return c.startsOn() != null && c.endsOn() != null && (day.isBefore(c.startsOn()) || day.isAfter(c.endsOn()));
    }

    private void checkMembers(List<Member> members, InvalidInput.Collector problems) {
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            if (m.position() == null) {
                problems.add("members[" + i + "].position", "error.required");
            }
            if (m.title() == null || m.title().isBlank()) {
                problems.add("members[" + i + "].title", "error.required");
            }
            checkUnit("members[" + i + "].unitId", m.unitId(), problems);
        }
    }

    private void checkUnit(String field, Long unitId, InvalidInput.Collector problems) {
        if (unitId != null && units.find(unitId).isEmpty()) {
            problems.add(field, "campaign.unit.unknown");
        }
    }

    private boolean groupExists(Actor actor, long id) {
        try {
            groups.get(actor, id);
            return true;
        } catch (NotFoundProblem e) {
            return false;
        }
    }

    /** A unit that exists and lies in the campaign's region (tasks may not go to another county's units). */
    Optional<UnitRef> unitWithin(Long unitId, String regionPath) {
        return unitId == null ? Optional.empty()
                : units.find(unitId).filter(u -> u.regionPath().startsWith(regionPath));
    }

    private static List<String> tidy(List<String> values) {
        List<String> tidy = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank() && !tidy.contains(v.strip())) {
                tidy.add(v.strip());
            }
        }
        return tidy;
    }
}
