package org.shuangda.leadership;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.Permission;

/**
 * A commendation round (表彰) of a campaign: quotas per nominating unit for 先进集体 and 先进个人, the date
 * nominations close, whether the notice is published, and the nominations. OPEN (units nominate) → REVIEW (the
 * office approves or rejects) → ISSUED (the 表扬通知 is out; nothing changes).
 */
public record CommendationRound(Long id, long campaignId, String campaignTitle, String regionCode, String title,
        int collectiveQuota, int individualQuota, LocalDate nominationsDue, boolean isPublic, Status status,
        String noticeNumber, LocalDate issuedOn, List<Nomination> nominations, int version) {

    public enum Status {
        OPEN,
        REVIEW,
        ISSUED
    }

    public enum Kind {
        COLLECTIVE,
        INDIVIDUAL
    }

    public enum NominationStatus {
        NOMINATED,
        APPROVED,
        REJECTED
    }

    /** The office's steps; a unit's nomination is checked by {@link Commendations#nominate}. */
    public enum Action implements LifecycleAction<Status> {
        CLOSE(Set.of(Status.OPEN)),
        DECIDE(Set.of(Status.REVIEW)),
        ISSUE(Set.of(Status.REVIEW));

        private final Set<Status> from;

        Action(Set<Status> from) {
            this.from = from;
        }

        @Override
        public boolean possibleIn(Status status) {
            return from.contains(status);
        }

        @Override
        public Permission permission() {
            return Permission.CAMPAIGN_MANAGE;
        }
    }

    /**
     * A nominee: a unit or a market entity (先进集体) or a person of a unit (先进个人), with the deeds.
     *
     * @param nomineeUnitId   the unit commended, or the person's unit
     * @param nomineeEntityId the market entity commended, if it is one
     */
    public record Nomination(long id, long nominatingUnitId, String nominatingUnitName, Kind kind, Long nomineeUnitId,
            Long nomineeEntityId, String nomineeName, String personTitle, String deeds, NominationStatus status,
            String decisionReason) {
    }

    public CommendationRound {
        nominations = nominations == null ? List.of() : List.copyOf(nominations);
    }

    public int quota(Kind kind) {
        return kind == Kind.COLLECTIVE ? collectiveQuota : individualQuota;
    }

    public long nominatedBy(long unitId, Kind kind) {
        return nominations.stream().filter(n -> n.nominatingUnitId() == unitId && n.kind() == kind).count();
    }

    public List<Nomination> approved(Kind kind) {
        return nominations.stream().filter(n -> n.kind() == kind && n.status() == NominationStatus.APPROVED).toList();
    }

    void require(Action action) {
        if (!action.possibleIn(status)) {
            throw new org.shuangda.shared.InvalidInput("status", "commendation.refused." + action.name(),
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            "commendationStatus." + status.name()));
        }
    }
}
