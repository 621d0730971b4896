package org.shuangda.complaints;

/** Who files: a consumer, a rights holder (权利人) or someone else; labels {@code filing.filerKind.NAME}. */
public enum FilerKind {
    CONSUMER,
    RIGHTS_HOLDER,
    OTHER
}
