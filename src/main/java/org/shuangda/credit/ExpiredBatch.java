package org.shuangda.credit;

import java.util.List;

/** One batch of the display expiry: the facts hidden, and where the next batch starts. */
public record ExpiredBatch(List<Long> ids, ExpiryCursor next) {
}
