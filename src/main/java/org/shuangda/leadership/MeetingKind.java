package org.shuangda.leadership;

/** The kinds of meeting the seeds hold: 领导小组会议, 联席会议, 总结会, 推进会, 专题会. */
public enum MeetingKind {
    LEADING_GROUP,
    JOINT,
    SUMMARY,
    PROGRESS,
    SPECIAL
}
