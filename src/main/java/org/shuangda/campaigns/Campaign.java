package org.shuangda.campaigns;

import java.time.LocalDate;
import java.util.List;
import org.shuangda.organization.LeadingGroup.Position;

/**
 * A campaign plan (实施方案) as issued: who issued it under which 文号, for which region and period, its
 * phases, its leading group (a standing group and/or its own seats), focus lists and goals. The lifecycle
 * methods guard the status: DRAFT → ACTIVE → CLOSED, nothing else.
 *
 * @param leadingGroupId optional standing leading group (organisation module) the plan refers to
 * @param members        seats of the campaign's own group, when the plan names them itself
 * @param clonedFromId   the campaign this one was copied from, if any
 */
public record Campaign(Long id, String title, String docNumber, Long issuingUnitId, String issuingUnitName,
        String regionCode, String regionName, LocalDate startsOn, LocalDate endsOn, String guidingIdea, String goals,
        Long leadingGroupId, String leadingGroupName, Long officeUnitId, String officeUnitName, String officeContact,
        String officePhone, List<String> rightsTypes, List<String> keyProducts, List<String> keyAreas,
        List<String> keyDomains, CampaignStatus status, Long clonedFromId, List<Phase> phases, List<Member> members,
        Integer version) {

    /** One phase of the time plan (动员部署, 组织实施, 总结…), in plan order. */
    public record Phase(String name, LocalDate startsOn, LocalDate endsOn, String description) {
    }

    /** A seat of the campaign's own group: post, person (may be unnamed), title and unit. */
    public record Member(Position position, String personName, String title, Long unitId, String unitName) {
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

    /** Issue the plan: only a draft can be activated. */
    public CampaignStatus activate() {
        if (status != CampaignStatus.DRAFT) {
            throw new TransitionRefused("campaign.refused.activate");
        }
        return CampaignStatus.ACTIVE;
    }

    /** End the campaign after its summary: only an active campaign can be closed. */
    public CampaignStatus close() {
        if (status != CampaignStatus.ACTIVE) {
            throw new TransitionRefused("campaign.refused.close");
        }
        return CampaignStatus.CLOSED;
    }

    /** A closed campaign is an archive: its plan, phases and tasks no longer change. */
    public void requireEditable() {
        if (status == CampaignStatus.CLOSED) {
            throw new TransitionRefused("campaign.refused.closed");
        }
    }

    /** Progress and completion happen while the campaign runs. */
    public void requireRunning() {
        if (status != CampaignStatus.ACTIVE) {
            throw new TransitionRefused(status == CampaignStatus.CLOSED ? "campaign.refused.closed"
                    : "campaign.refused.notActive");
        }
    }

    /** The same plan under a new id, status and version; used when saving. */
    Campaign with(Long newId, CampaignStatus newStatus, Long newClonedFrom) {
        return new Campaign(newId, title, docNumber, issuingUnitId, issuingUnitName, regionCode, regionName, startsOn,
                endsOn, guidingIdea, goals, leadingGroupId, leadingGroupName, officeUnitId, officeUnitName,
                officeContact, officePhone, rightsTypes, keyProducts, keyAreas, keyDomains, newStatus, newClonedFrom,
                phases, members, version);
    }
}
