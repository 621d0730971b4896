package org.shuangda.cases.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.shuangda.cases.publication.PenaltyPublication;
import org.shuangda.cases.publication.PublicationStatus;
import org.shuangda.cases.publication.Publications;
import org.shuangda.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/publications")
@Tag(name = "Penalty publication", description = "行政处罚信息公示: review, publish, correct, withdraw (PENALTY_PUBLISH)")
class PublicationApi {

    /** A correction: the reason and the corrected public text. */
    record CorrectionRequest(String reason, String partyName, String facts, String legalBasis, String penalty) {
    }

    record ReasonRequest(String reason) {
    }

    private final Publications publications;

    PublicationApi(Publications publications) {
        this.publications = publications;
    }

    @GetMapping
    @Operation(summary = "Publication records in the caller's scope, pending first by due date")
    List<PublicationJson> list(Actor me, @RequestParam(required = false) PublicationStatus status) {
        return publications.list(me, status).stream().map(PublicationJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One record with its public history")
    PublicationJson.WithHistory one(Actor me, @PathVariable long id) {
        return PublicationJson.WithHistory.of(publications.get(me, id));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a pending record")
    PublicationJson publish(Actor me, @PathVariable long id) {
        return PublicationJson.of(publications.publish(me, id));
    }

    @PostMapping("/{id}/correct")
    @Operation(summary = "Correct a published record (history kept, shown publicly as 已更正)")
    PublicationJson correct(Actor me, @PathVariable long id, @RequestBody CorrectionRequest r) {
        return PublicationJson.of(publications.correct(me, id, r.reason(),
                new PenaltyPublication.Content(r.partyName(), r.facts(), r.legalBasis(), r.penalty())));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw a published record after 复议 or 诉讼 (shown publicly as 已撤销)")
    PublicationJson withdraw(Actor me, @PathVariable long id, @RequestBody ReasonRequest r) {
        return PublicationJson.of(publications.withdraw(me, id, r.reason()));
    }
}
