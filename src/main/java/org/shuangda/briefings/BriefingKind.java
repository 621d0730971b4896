package org.shuangda.briefings;

/** What a document is: a round's 通报, or the campaign's 阶段性总结. Labels: {@code briefings.kind.NAME}. */
public enum BriefingKind {
    ROUND_BRIEFING,
    STAGE_SUMMARY
}
