package org.shuangda.cases.transfer;

/**
 * The legal clocks of a transfer (国务院令第310号 第五条、第八条、第九条). Labels: {@code transfer.clock.NAME}.
 * {@link #agencyActs()} tells whose to-do list the clock belongs to.
 */
public enum TransferClockKind {
    /** 负责人自接到报告之日起3日内作出批准或者不批准移送的决定. */
    HEAD_DECISION(true),
    /** 批准移送的，应当在24小时内向同级公安机关移送. */
    HANDOVER(true),
    /** 公安机关自接受移送之日起3日内审查（受理）. */
    ACCEPTANCE(false),
    /** 受理后3日内作出立案或者不予立案的决定. */
    FILING(false),
    /** 行政执法机关可以自接到不予立案通知书之日起3日内提请复议 (a right, not a duty: never "overdue" in to-dos). */
    RECONSIDERATION_WINDOW(true),
    /** 公安机关应当自收到提请复议的文件之日起3日内作出决定. */
    RECONSIDERATION_ANSWER(false),
    /** The agency answers a prosecutor's 建议移送 opinion (house default period, see {@link Oversight}). */
    OPINION_ANSWER(true);

    private final boolean agencyActs;

    TransferClockKind(boolean agencyActs) {
        this.agencyActs = agencyActs;
    }

    public boolean agencyActs() {
        return agencyActs;
    }
}
