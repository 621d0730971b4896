package org.shuangda.cases.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.shuangda.shared.Actor;
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

    private final TransferDocumentStore store;
    private final CaseFactsStore cases;
    private final Transfers transfers;
    private final ApplicationEventPublisher events;

    TransferDocuments(TransferDocumentStore store, CaseFactsStore cases, Transfers transfers,
            ApplicationEventPublisher events) {
        this.store = store;
        this.cases = cases;
        this.transfers = transfers;
        this.events = events;
    }

    public List<TransferPackage.Document> list(Actor actor, long caseId) {
        requireReadable(actor, caseId);
        return store.list(caseId);
    }

    public TransferPackage.Content content(Actor actor, long caseId, long documentId) {
        requireReadable(actor, caseId);
        return store.content(caseId, documentId).orElseThrow(() -> new NotFoundProblem("document", documentId));
    }

    /** Whether the case's package is complete enough to hand over (goods listed, investigation report attached). */
    public boolean complete(Actor actor, long caseId) {
        requireReadable(actor, caseId);
        return transfers.packageComplete(caseId);
    }

    @Transactional
    public TransferPackage.Document upload(Actor actor, long caseId, TransferDocumentKind kind, String name,
            long size, InputStream in) throws IOException {
        CaseFacts kase = cases.find(actor.require(Permission.CASE_HANDLE), caseId)
                .orElseThrow(() -> new NotFoundProblem("case", caseId));
        long id = store.insert(caseId, TransferPackage.checked(kind, name, size, in), actor.username());
        TransferPackage.Document saved = store.list(caseId).stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow();
        events.publishEvent(AuditableChange.created(actor, "transfer_document", id, kase.number() + " " + saved.name(),
                Map.of("caseId", caseId, "kind", kind, "name", saved.name(), "size", saved.size())));
        return saved;
    }

    private void requireReadable(Actor actor, long caseId) {
        for (Permission p : new Permission[] {Permission.CASE_VIEW, Permission.TRANSFER_OVERSEE}) {
            DataScope scope = TransferReach.scope(actor, p);
            if (!scope.isEmpty() && cases.find(scope, caseId).isPresent()) {
                return;
            }
        }
        if (actor.can(Permission.TRANSFER_RECEIVE) && transfers.list(actor, null, caseId).stream()
                .anyMatch(r -> r.transfer().status().packageSent())) {
            return;
        }
        throw new NotFoundProblem("case", caseId);
    }
}
