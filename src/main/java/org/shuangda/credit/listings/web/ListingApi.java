package org.shuangda.credit.listings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.credit.listings.AbnormalDraft;
import org.shuangda.credit.listings.AbnormalGround;
import org.shuangda.credit.listings.CreditListings;
import org.shuangda.credit.listings.ListKind;
import org.shuangda.credit.listings.Listing;
import org.shuangda.credit.listings.ListingHistoryEntry;
import org.shuangda.credit.listings.ListingPage;
import org.shuangda.credit.listings.ListingQuery;
import org.shuangda.credit.listings.ListingState;
import org.shuangda.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/credit/listings")
@Tag(name = "Credit lists", description = "经营异常名录 (SAMR Order 68) and 严重违法失信名单 (SAMR Order 44): entries, "
        + "objections, the upper level's agreement, removals; scoped by the caller's CREDIT_VIEW / CREDIT_MANAGE scope")
class ListingApi {

    /** A page of listings. */
    record Page(List<ListingJson> rows, long total, int page, int size) {
    }

    /** A step's body: its day (today when left out), the note or reason it needs, the version read. */
    record StepRequest(LocalDate on, String note, Integer version) {
    }

    /** A 经营异常名录 entry: the entity, the ground and what the ground needs. */
    record AbnormalRequest(Long entityId, AbnormalGround ground, Integer reportYear, LocalDate orderedOn,
            LocalDate triggerOn, List<AbnormalDraft.Letter> letters, String note) {
    }

    private final CreditListings listings;

    ListingApi(CreditListings listings) {
        this.listings = listings;
    }

    @GetMapping
    @Operation(summary = "Both lists in the caller's scope, newest first: filter by list, state, name/USCC/decision "
            + "number, waiting for a step")
    Page list(Actor me, @RequestParam(required = false) ListKind kind, @RequestParam(required = false) ListingState state,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean waiting,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        ListingQuery query = new ListingQuery(kind, state, q, waiting, page, size);
        ListingPage result = listings.list(me, query);
        return new Page(listings.views(me, result.rows()).stream().map(ListingJson::of).toList(), result.total(),
                query.page(), query.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One listing with its clock and the steps the caller may take (404 outside the scope)")
    ListingJson one(Actor me, @PathVariable long id) {
        return ListingJson.of(listings.get(me, id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The steps taken on a listing")
    List<ListingHistoryEntry> history(Actor me, @PathVariable long id) {
        return listings.history(me, id);
    }

    @PostMapping("/abnormal")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a 经营异常名录 entry for its ground (Order 68 art.4–9): ANNUAL_REPORT needs reportYear, "
            + "INSTANT_INFO orderedOn, NAME_NOT_CHANGED orderedOn and triggerOn, UNREACHABLE two letters 15–30 days "
            + "apart, both unsigned; then LIST within 10 working days. Without a ground: 422 on ground")
    ListingJson recordAbnormal(Actor me, @RequestBody AbnormalRequest r) {
        return ListingJson.of(listings.recordAbnormal(me, new AbnormalDraft(r.entityId(), r.ground(), r.reportYear(),
                r.orderedOn(), r.triggerOn(), r.letters(), r.note(), null)));
    }

    @PostMapping("/{id}/actions/{action}")
    @Operation(summary = "Take a step (the listing's actions): LIST, DROP, AGREE, DISAGREE (the upper level's unit "
            + "only, else 422 on agreement), OBJECT (within 30 days), ACCEPT_OBJECTION, REFUSE_OBJECTION, "
            + "UPHOLD_OBJECTION, DISMISS_OBJECTION, CORRECT, APPLY_REMOVAL (serious: one year after listing, else 422 "
            + "on appliedOn), ACCEPT_REMOVAL, REFUSE_REMOVAL, REMOVE, REVERSE_REMOVAL (fraud: listed again, the "
            + "period restarts)")
    ListingJson act(Actor me, @PathVariable long id, @PathVariable String action,
            @RequestBody(required = false) StepRequest r) {
        StepRequest body = r == null ? new StepRequest(null, null, null) : r;
        return ListingJson.of(listings.act(me, id, ListingPages.parseAction(action),
                new Listing.Step(body.on(), body.note()), body.version()));
    }
}
