package org.shuangda.cases.publication.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.cases.publication.PenaltyPublication;
import org.shuangda.cases.publication.PublicationRevision;
import org.shuangda.cases.publication.PublicationStatus;
import org.shuangda.cases.publication.PublicationView;
import org.shuangda.cases.publication.Publications;

/** A publication record on the office's API, flat, with the deciding unit's place. */
record PublicationJson(Long id, long caseId, long unitId, String unitPath, String regionPath, String decisionNumber,
        LocalDate decidedOn, LocalDate dueOn, String partyKind, String partyName, String uscc, String facts,
        String legalBasis, String penalty, String authority, PublicationStatus status, Instant publishedAt,
        String publishedBy, boolean corrected, int version) {

    /** One record with its public history. */
    record WithHistory(PublicationJson publication, List<PublicationRevision> history) {

        static WithHistory of(Publications.OfficeRecord record) {
            return new WithHistory(PublicationJson.of(record.view()), record.history());
        }
    }

    static PublicationJson of(PublicationView view) {
        PenaltyPublication p = view.publication();
        PenaltyPublication.Content c = p.content();
        return new PublicationJson(p.id(), p.caseId(), p.unitId(), view.unitPath(), view.regionPath(),
                p.decisionNumber(), p.decidedOn(), p.dueOn(), p.partyKind(), c.partyName(), p.uscc(), c.facts(),
                c.legalBasis(), c.penalty(), p.authority(), p.status(), p.publishedAt(), p.publishedBy(),
                p.corrected(), p.version());
    }
}
