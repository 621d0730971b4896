package org.shuangda.campaigns;

import java.time.LocalDate;
import java.util.List;
import org.shuangda.organization.LeadingGroup.Position;

/**
 * A campaign plan (实施方案) as issued: who issued it under which 文号, for which region and period, its
 * phases, its leading group (a standing group and/or its own seats), focus lists and goals. Its steps
 * ({@link CampaignAction}) guard the status: DRAFT → ACTIVE → CLOSED, nothing else. Only the plan's own
 * content: the names pages show beside it (units, region, group) are {@link CampaignView}'s.
 *
 * @param leadingGroupId optional standing leading group (organisation module) the plan refers to
 * @param members        seats of the campaign's own group, when the plan names them itself
 * @param clonedFromId   the campaign this one was copied from, if any
 */
public record Campaign(Long id, String title, String docNumber, Long issuingUnitId, String regionCode,
        LocalDate startsOn, LocalDate endsOn, String guidingIdea, String goals, Long leadingGroupId, Long officeUnitId,
        String officeContact, String officePhone, List<String> rightsTypes, List<String> keyProducts,
        List<String> keyAreas, List<String> keyDomains, CampaignStatus status, Long clonedFromId, List<Phase> phases,
        List<Member> members, Integer version) {

    /** One phase of the time plan (动员部署, 组织实施, 总结…), in plan order. */
    public record Phase(String name, LocalDate startsOn, LocalDate endsOn, String description) {
    }

    /** A seat of the campaign's own group: post, person (may be unnamed), title and unit. */
    public record Member(Position position, String personName, String title, Long unitId) {
    }

    public Campaign {
        rightsTypes = rightsTypes == null ? List.of() : List.copyOf(rightsTypes);
        keyProducts = keyProducts == null ? List.of() : List.copyOf(keyProducts);
        keyAreas = keyAreas == null ? List.of() : List.copyOf(keyAreas);
        keyDomains = keyDomains == null ? List.of() : List.copyOf(keyDomains);
        phases = phases == null ? List.of() : List.copyOf(phases);
        members = members == null ? List.of() : List.copyOf(members);
        status = status == null ? CampaignStatus.DRAFT : status;
        version = version == null ? 0 : version; // a client may leave it out when creating
    }

    /** This campaign after {@code action}; refused when its state does not allow the step. */
    public Campaign take(CampaignAction action) {
        if (!action.possibleIn(status)) {
            throw new TransitionRefused(action.refusal());
        }
        return copy(id, action.next(), clonedFromId, phases, members);
    }

    /** A closed campaign is an archive: its plan, phases and tasks no longer change. */
    public boolean editable() {
        return editable(status);
    }

    /** Progress and completion happen while the campaign runs. */
    public boolean running() {
        return running(status);
    }

    static boolean editable(CampaignStatus status) {
        return status != CampaignStatus.CLOSED;
    }

    static boolean running(CampaignStatus status) {
        return status == CampaignStatus.ACTIVE;
    }

    public void requireEditable() {
        if (!editable()) {
            throw new TransitionRefused("campaign.refused.closed");
        }
    }

    public void requireRunning() {
        if (!running()) {
            throw new TransitionRefused(status == CampaignStatus.CLOSED ? "campaign.refused.closed"
                    : "campaign.refused.notActive");
        }
    }

    /** The same plan under a new id, status and origin; used when saving. */
    Campaign with(Long newId, CampaignStatus newStatus, Long newClonedFrom) {
        return copy(newId, newStatus, newClonedFrom, phases, members);
    }

    /** The same plan with other phases. */
    Campaign withPhases(List<Phase> newPhases) {
        return copy(id, status, clonedFromId, newPhases, members);
    }

    /** The plan as loaded with its phases and seats. */
    Campaign withChildren(List<Phase> newPhases, List<Member> newMembers) {
        return copy(id, status, clonedFromId, newPhases, newMembers);
    }

    private Campaign copy(Long newId, CampaignStatus newStatus, Long newClonedFrom, List<Phase> newPhases,
            List<Member> newMembers) {
        return new Campaign(newId, title, docNumber, issuingUnitId, regionCode, startsOn, endsOn, guidingIdea, goals,
                leadingGroupId, officeUnitId, officeContact, officePhone, rightsTypes, keyProducts, keyAreas,
                keyDomains, newStatus, newClonedFrom, newPhases, newMembers, version);
    }
}
