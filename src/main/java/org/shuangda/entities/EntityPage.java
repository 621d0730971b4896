package org.shuangda.entities;

import java.util.List;

/**
 * One page of a scoped entity list.
 *
 * @param page 1-based
 */
public record EntityPage(List<MarketEntity> items, long total, int page, int size) {

    /** The page as lists show it: contact phones masked. */
    public EntityPage forList() {
        return new EntityPage(items.stream().map(MarketEntity::forList).toList(), total, page, size);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
