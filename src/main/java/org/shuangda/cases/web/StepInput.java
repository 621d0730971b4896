package org.shuangda.cases.web;

import java.time.LocalDateTime;
import org.shuangda.cases.PauseReason;
import org.shuangda.cases.PenaltyDecision;

/** What a case step needs besides the case, as the page's form and the API's body both provide it. */
interface StepInput {

    /** The reason or summary of 不予处罚, 撤销立案, 结案. */
    String reason();

    PauseReason pauseReason();

    String note();

    String approval();

    String collectiveDecision();

    /** When 查封扣押 began; null: now. */
    LocalDateTime seizedAt();

    /** 督办: a progress report every so many working days. */
    int reportEvery();

    /** A progress report's text. */
    String progress();

    PenaltyDecision decision();

    /** 查封扣押: the decision and its 清单 (null: nothing entered, a 422 on {@code items}). */
    org.shuangda.cases.SeizureRecord.Order seizureOrder();

    /** 解除查封扣押: the day (null: today) and what became of the goods; the reason is {@link #reason()}. */
    java.time.LocalDate releasedOn();

    org.shuangda.cases.SeizureDisposal disposal();
}
