package org.shuangda.credit.listings.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.shuangda.credit.listings.ListKind;
import org.shuangda.credit.listings.Listing;
import org.shuangda.credit.listings.ListingAction;
import org.shuangda.credit.listings.ListingClock;
import org.shuangda.credit.listings.ListingState;
import org.shuangda.credit.listings.ListingView;

/** A listing in the API: its fields, the clock of its stage and the steps the caller may take now. */
record ListingJson(long id, ListKind kind, ListingState state, Long entityId, String subjectName,
        Listing.SubjectKind subjectKind, String uscc, String ground, Map<String, Object> groundDetail,
        LocalDate triggerOn, long unitId, String unitName, Long caseId, String decisionNumber,
        String agreementRegion, String agreedBy, LocalDate agreedOn, LocalDate listedOn, LocalDate periodEnd,
        int periodNo, LocalDate objectionEnds, LocalDate earliestRemoval, String application, LocalDate removedOn,
        Listing.RemovalKind removalKind, String removalReason, ListingClock clock, List<ListingAction> actions,
        int version) {

    static ListingJson of(ListingView v) {
        Listing l = v.listing();
        return new ListingJson(l.id(), l.kind(), l.state(), l.entityId(), l.subjectName(), l.subjectKind(), l.uscc(),
                l.ground(), l.detail(), l.triggerOn(), l.unitId(), v.unitName(), l.caseId(), l.decisionNumber(),
                v.agreementRegionName(), l.agreedBy(), l.agreedOn(), l.listedOn(), l.periodEnd(), l.periodNo(),
                v.objectionEnds(), v.earliestRemoval(), l.applicationText(), l.removedOn(), l.removalKind(),
                l.removalReason(), v.clock(), v.actions(), l.version());
    }
}
