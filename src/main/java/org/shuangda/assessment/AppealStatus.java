package org.shuangda.assessment;

/** PENDING (filed, the office has not decided), UPHELD (the item's score changed), REJECTED. */
public enum AppealStatus {
    PENDING,
    UPHELD,
    REJECTED
}
