package org.shuangda.inspections.draw;

/** 重点检查事项 (safety, quality, public interest: no upper ratio limit) or 一般检查事项 (ratio strictly limited). */
public enum ItemKind {
    KEY, GENERAL
}
