package org.shuangda.leadership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.leadership.CommendationRound;
import org.shuangda.leadership.Commendations;
import org.shuangda.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Commendation rounds and nominations (表彰, issue 15). */
@RestController
@RequestMapping("/api/v1/commendations")
@Tag(name = "Commendations 表彰")
class CommendationApi {

    record RoundBody(long campaignId, String title, Integer collectiveQuota, Integer individualQuota,
            LocalDate nominationsDue, boolean isPublic) {
    }

    record NominationBody(CommendationRound.Kind kind, Long nomineeUnitId, Long nomineeEntityId, Long nomineeUserId,
            String personName, String personTitle, String deeds) {
    }

    record Decision(boolean approve, String reason) {
    }

    record Issue(String number) {
    }

    private final Commendations commendations;

    CommendationApi(Commendations commendations) {
        this.commendations = commendations;
    }

    @GetMapping
    @Operation(summary = "Rounds of the regions the caller sees")
    List<CommendationRound> list(Actor me) {
        return commendations.list(me);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One round with its nominations (404 outside scope)")
    CommendationRound get(Actor me, @PathVariable long id) {
        return commendations.get(me, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a round for a campaign (the office), quotas per nominating unit")
    CommendationRound open(Actor me, @RequestBody RoundBody b) {
        return commendations.open(me, b.campaignId(), b.title(), b.collectiveQuota(), b.individualQuota(),
                b.nominationsDue(), b.isPublic());
    }

    @PostMapping("/{id}/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The caller's unit nominates; 422 above its quota or for an entity on a credit list")
    CommendationRound nominate(Actor me, @PathVariable long id, @RequestBody NominationBody b) {
        return commendations.nominate(me, id, b.kind(), b.nomineeUnitId(), b.nomineeEntityId(), b.nomineeUserId(),
                b.personName(), b.personTitle(), b.deeds());
    }

    @GetMapping("/{id}/deeds-draft")
    @Operation(summary = "A deeds draft from the caller's unit's records in the campaign's period")
    String draft(Actor me, @PathVariable long id) {
        return commendations.draftDeeds(me, id);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close nominations")
    CommendationRound close(Actor me, @PathVariable long id) {
        return commendations.close(me, id);
    }

    @PostMapping("/{id}/nominations/{nominationId}/decision")
    @Operation(summary = "Approve or reject (reason required) a nomination")
    CommendationRound decide(Actor me, @PathVariable long id, @PathVariable long nominationId,
            @RequestBody Decision d) {
        return commendations.decide(me, id, nominationId, d.approve(), d.reason());
    }

    @PostMapping("/{id}/issue")
    @Operation(summary = "Issue the 表扬通知 (all nominations decided, at least one approved)")
    CommendationRound issue(Actor me, @PathVariable long id, @RequestBody(required = false) Issue issue) {
        return commendations.issue(me, id, issue == null ? null : issue.number());
    }
}
