package org.shuangda.cases.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The package documents of a case: uploaded by the agency (CASE_HANDLE over the case), read by whoever sees the
 * case (CASE_VIEW), the prosecutor (TRANSFER_OVERSEE) or the police unit a transfer of the case is addressed to.
 */
@Service
public class TransferDocuments {

    private final TransferPackage pack;
    private final CaseFactsStore cases;
    private final Transfers transfers;
    private final ApplicationEventPublisher events;

    TransferDocuments(TransferPackage pack, CaseFactsStore cases, Transfers transfers,
            ApplicationEventPublisher events) {
        this.pack = pack;
        this.cases = cases;
        this.transfers = transfers;
        this.events = events;
    }

    public List<TransferPackage.Document> list(long caseId) {
        requireReadable(caseId);
        return pack.documents(caseId);
    }

    public TransferPackage.Content content(long caseId, long documentId) {
        requireReadable(caseId);
        return pack.content(caseId, documentId).orElseThrow(() -> new NotFoundProblem("document", documentId));
    }

    /** Whether the case's package is complete enough to hand over (goods listed, investigation report attached). */
    public boolean complete(long caseId) {
        return pack.complete(caseId);
    }

    @Transactional
    public TransferPackage.Document upload(long caseId, TransferDocumentKind kind, String name, long size,
            InputStream in) throws IOException {
        Actor actor = Actors.require();
        CaseFacts kase = cases.find(Actors.scopeFor(Permission.CASE_HANDLE), caseId)
                .orElseThrow(() -> new NotFoundProblem("case", caseId));
        long id = pack.store(caseId, kind, name, size, in, actor.username());
        TransferPackage.Document saved = pack.documents(caseId).stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow();
        events.publishEvent(AuditableChange.created("transfer_document", id, kase.number() + " " + saved.name(),
                Map.of("caseId", caseId, "kind", kind, "name", saved.name(), "size", saved.size())));
        return saved;
    }

    private void requireReadable(long caseId) {
        Actor actor = Actors.require();
        for (Permission p : new Permission[] {Permission.CASE_VIEW, Permission.TRANSFER_OVERSEE}) {
            DataScope scope = actor.can(p) ? actor.scopeFor(p) : DataScope.none();
            if (!scope.isEmpty() && cases.find(scope, caseId).isPresent()) {
                return;
            }
        }
        if (actor.can(Permission.TRANSFER_RECEIVE) && transfers.list(null, caseId).stream()
                .anyMatch(r -> r.transfer().status() != TransferStatus.PROPOSED
                        && r.transfer().status() != TransferStatus.APPROVED
                        && r.transfer().status() != TransferStatus.DECLINED)) {
            return;
        }
        throw new NotFoundProblem("case", caseId);
    }
}
