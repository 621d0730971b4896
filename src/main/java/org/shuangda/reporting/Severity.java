package org.shuangda.reporting;

/** A broken ERROR rule blocks submission; a broken WARNING rule needs a comment. */
public enum Severity {
    ERROR,
    WARNING
}
