package org.shuangda.cases.transfer;

import java.util.Locale;
import org.shuangda.cases.Cases;
import org.shuangda.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a transfer step does to its case, through the cases service's transfer contract: the case waits with the
 * police after the hand-over, resumes after a reverse transfer, and every step is a line on its timeline
 * (written in Chinese, the language of the case file). Also what the package needs to know of the case.
 */
@Component
class TransferCaseLink {

    private final Cases cases;
    private final MessageSource messages;

    TransferCaseLink(Cases cases, MessageSource messages) {
        this.cases = cases;
        this.messages = messages;
    }

    private static final Actor PACKAGE_CHECK = Actor.system("移送材料检查");

    void markTransferred(long caseId, long transferId, Actor actor) {
        cases.markTransferred(actor, caseId, transferId);
    }

    void resumeAfterReverseTransfer(long caseId, String reason, Actor actor) {
        cases.resumeAfterReverseTransfer(actor, caseId, reason);
    }

    /** The case lists its goods (涉案物品清单, part of the package). */
    boolean listsGoods(long caseId) {
        // a fact about the package for whoever checks it (agency or police): the caller has loaded the transfer
        // in its own scope already, so the case is read as the system
        return !cases.find(PACKAGE_CHECK, caseId).goods().isEmpty();
    }

    /** The actor is one of the case's 承办人 (who may not approve its transfer). */
    boolean isOfficer(long caseId, Actor actor) {
        return cases.isHandlingOfficer(caseId, actor.userId());
    }

    void timeline(long caseId, String code, String note, Actor actor) {
        String text = messages.getMessage(code, new Object[] {note == null ? "" : note}, code, Locale.SIMPLIFIED_CHINESE);
        cases.timelineAppend(actor, caseId, "TRANSFER", text);
    }
}
