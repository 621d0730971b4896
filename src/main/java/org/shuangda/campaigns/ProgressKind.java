package org.shuangda.campaigns;

/** A progress report (lead unit or office) or a note (any party, e.g. a cooperating unit). Labels: {@code progress.kind.NAME}. */
public enum ProgressKind {
    PROGRESS,
    NOTE
}
