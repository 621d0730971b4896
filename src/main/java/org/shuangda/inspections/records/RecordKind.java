package org.shuangda.inspections.records;

/** What kind of inspection (messages {@code records.kind.NAME}). */
public enum RecordKind {
    /** 日常巡查 */
    ROUTINE,
    /** 专项检查 */
    SPECIAL,
    /** 联合执法: with at least one other unit */
    JOINT
}
