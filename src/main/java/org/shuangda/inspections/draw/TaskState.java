package org.shuangda.inspections.draw;

/** DRAFT → PREPARED (pool frozen, hash shown) → DRAWN (one or more draws kept) → ENDED (inspection over). */
public enum TaskState {
    DRAFT, PREPARED, DRAWN, ENDED
}
