package org.shuangda.campaigns;

import java.time.LocalDate;
import java.util.List;
import org.shuangda.campaigns.Campaign.Phase;
import org.shuangda.organization.LeadingGroup.Position;

/**
 * A campaign as pages, the API and documents show it: the state of {@link Campaign} with the names of its
 * issuing and office units, its region, its standing leading group and its seats' units. Read-only; changes
 * go through {@link Campaigns}, which decides on the {@link Campaign}.
 */
public record CampaignView(Long id, String title, String docNumber, Long issuingUnitId, String issuingUnitName,
        String regionCode, String regionName, LocalDate startsOn, LocalDate endsOn, String guidingIdea, String goals,
        Long leadingGroupId, String leadingGroupName, Long officeUnitId, String officeUnitName, String officeContact,
        String officePhone, List<String> rightsTypes, List<String> keyProducts, List<String> keyAreas,
        List<String> keyDomains, CampaignStatus status, Long clonedFromId, List<Phase> phases, List<Member> members,
        int version) {

    /** A seat of the campaign's own group with its unit's name. */
    public record Member(Position position, String personName, String title, Long unitId, String unitName) {
    }

    public CampaignView {
        rightsTypes = List.copyOf(rightsTypes);
        keyProducts = List.copyOf(keyProducts);
        keyAreas = List.copyOf(keyAreas);
        keyDomains = List.copyOf(keyDomains);
        phases = List.copyOf(phases);
        members = List.copyOf(members);
    }

    /**
     * The view of {@code c} with the names joined in.
     *
     * @param memberUnitNames the names of {@code c}'s seats' units, seat by seat (null for a seat without unit)
     */
    static CampaignView of(Campaign c, String issuingUnitName, String regionName, String leadingGroupName,
            String officeUnitName, List<String> memberUnitNames) {
        List<Member> members = new java.util.ArrayList<>();
        for (int i = 0; i < c.members().size(); i++) {
            Campaign.Member m = c.members().get(i);
            members.add(new Member(m.position(), m.personName(), m.title(), m.unitId(), memberUnitNames.get(i)));
        }
        return new CampaignView(c.id(), c.title(), c.docNumber(), c.issuingUnitId(), issuingUnitName, c.regionCode(),
                regionName, c.startsOn(), c.endsOn(), c.guidingIdea(), c.goals(), c.leadingGroupId(), leadingGroupName,
                c.officeUnitId(), officeUnitName, c.officeContact(), c.officePhone(), c.rightsTypes(), c.keyProducts(),
                c.keyAreas(), c.keyDomains(), c.status(), c.clonedFromId(), c.phases(), members, c.version());
    }

    /** See {@link Campaign#editable()}. */
    public boolean editable() {
        return Campaign.editable(status);
    }

    /** See {@link Campaign#running()}. */
    public boolean running() {
        return Campaign.running(status);
    }
}
