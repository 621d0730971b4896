package org.shuangda.campaigns;

/** How the acting unit stands to a task: it decides what the actor may do with it. */
public enum TaskParty {
    /** The 牵头 unit: reports progress and marks the task done. */
    LEAD,
    /** A 配合 unit: may add notes. */
    COOPERATOR,
    /** The leading-group office (manages the campaign): may do what the lead does, and supervise. */
    OFFICE,
    /** Sees the task (e.g. a leader) but takes no part. */
    OBSERVER
}
