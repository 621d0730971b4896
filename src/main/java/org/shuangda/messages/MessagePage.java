package org.shuangda.messages;

import java.util.List;

/** One page of a person's inbox, unread first, newest first. */
public record MessagePage(List<Message> items, int page, int size, long total, long unread) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
