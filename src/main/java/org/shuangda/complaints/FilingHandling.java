package org.shuangda.complaints;

import org.shuangda.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the handling unit does with a filing: accept or refuse it, answer an enquiry, close it, hand a tip to
 * the cases module, extend verification, record that a tipster was told. Each step needs FILING_HANDLE over
 * the filing's unit; the first handler who acts becomes the assigned handler (the only person who may see a
 * tipster's identity). The rules are the filing's ({@link Filing}); routing steps are in {@link FilingRouting}.
 */
@Service
public class FilingHandling {

    private final FilingChanges changes;

    FilingHandling(FilingChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public FilingView accept(Actor me, long id) {
        return changes.take(me, id, FilingAction.ACCEPT, (f, now) -> f.accept(me, now));
    }

    @Transactional
    public FilingView refuse(Actor me, long id, RefusalGround ground, String explanation) {
        return changes.take(me, id, FilingAction.REFUSE, (f, now) -> f.refuse(me, ground, explanation, now));
    }

    @Transactional
    public FilingView answer(Actor me, long id, String answer) {
        return changes.take(me, id, FilingAction.ANSWER, (f, now) -> f.answer(me, answer, now));
    }

    /** The handler's own decision; a real-name tipster's notice clock starts today. */
    @Transactional
    public FilingView close(Actor me, long id, Outcome outcome, String resultText) {
        return changes.take(me, id, FilingAction.CLOSE, (f, now) -> f.close(me, outcome, resultText, now));
    }

    /** 转为线索: the cases module registers a clue and answers with its number ({@link ClueLinks}). */
    @Transactional
    public FilingView referToCases(Actor me, long id) {
        return changes.take(me, id, FilingAction.REFER, (f, now) -> f.referToCases(me, now));
    }

    @Transactional
    public FilingView extendVerification(Actor me, long id, String approval) {
        return changes.take(me, id, FilingAction.EXTEND, (f, now) -> f.extendVerification(me, approval, now));
    }

    /** 中止核查: the tip's verification clock stands still for {@code reason} (testing, appraisal…). */
    @Transactional
    public FilingView pauseVerification(Actor me, long id, VerificationPauseReason reason, String note) {
        return changes.take(me, id, FilingAction.PAUSE, (f, now) -> f.pauseVerification(me, reason, note, now));
    }

    /** 恢复核查: the verification clock runs again. */
    @Transactional
    public FilingView resumeVerification(Actor me, long id) {
        return changes.take(me, id, FilingAction.RESUME, (f, now) -> f.resumeVerification(me, now));
    }

    @Transactional
    public FilingView markNotified(Actor me, long id) {
        return changes.take(me, id, FilingAction.NOTIFY, (f, now) -> f.markNotified(me, now));
    }
}
