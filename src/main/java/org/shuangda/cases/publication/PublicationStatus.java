package org.shuangda.cases.publication;

/** 待公示 / 已公示 / 已撤销. A correction keeps a record published (shown as 已更正). Labels: {@code publication.status.NAME}. */
public enum PublicationStatus {
    PENDING,
    PUBLISHED,
    WITHDRAWN
}
