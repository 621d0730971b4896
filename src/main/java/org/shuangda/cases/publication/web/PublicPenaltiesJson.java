package org.shuangda.cases.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.cases.publication.PenaltyPublication;
import org.shuangda.cases.publication.PublicationRevision;
import org.shuangda.cases.publication.Publications;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The same public records as JSON (Accept: application/json), for portals that republish them. */
@RestController
@Tag(name = "Public penalties", description = "行政处罚信息公示, no login: what the public page shows")
class PublicPenaltiesJson {

    /** What the public may read of a record: never an ID number, natural persons masked. */
    record PublicPenalty(long id, String decisionNumber, LocalDate decidedOn, String party, String uscc, String facts,
            String legalBasis, String penalty, String authority, String status, boolean corrected) {

        static PublicPenalty of(PenaltyPublication p) {
            PenaltyPublication.Content c = p.content();
            return new PublicPenalty(p.id(), p.decisionNumber(), p.decidedOn(), c.partyName(), p.uscc(), c.facts(),
                    c.legalBasis(), c.penalty(), p.authority(), p.status().name(), p.corrected());
        }
    }

    record PublicPage(List<PublicPenalty> items, long total, int page, int size) {
    }

    record PublicDetail(PublicPenalty penalty, List<PublicationRevision> history) {
    }

    private final Publications publications;

    PublicPenaltiesJson(Publications publications) {
        this.publications = publications;
    }

    @GetMapping(value = "/public/penalties", produces = "application/json")
    @Operation(summary = "Published penalty decisions, newest first; q searches number, party, USCC and facts")
    PublicPage list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page) {
        var result = publications.publicPage(q, page, PublicPenalties.PAGE_SIZE);
        return new PublicPage(result.rows().stream().map(PublicPenalty::of).toList(), result.total(),
                Math.max(0, page), PublicPenalties.PAGE_SIZE);
    }

    @GetMapping(value = "/public/penalties/{id}", produces = "application/json")
    @Operation(summary = "One published record with its corrections and withdrawal")
    PublicDetail one(@PathVariable long id) {
        var record = publications.publicRecord(id);
        return new PublicDetail(PublicPenalty.of(record.publication()), record.history().stream()
                .map(h -> new PublicationRevision(h.kind(), h.reason(), h.partyName(), h.facts(), h.legalBasis(),
                        h.penalty(), null, h.at())).toList());
    }
}
