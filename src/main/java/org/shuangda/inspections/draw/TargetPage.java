package org.shuangda.inspections.draw;

/**
 * Which page of a draw's targets a page shows: a province draw has a hundred thousand targets, shown
 * {@link #SIZE} at a time. {@code page} is 1-based and kept within the pages there are.
 */
public record TargetPage(int page, int pages, int total) {

    public static final int SIZE = 200;

    static TargetPage of(int requested, int total) {
        int pages = Math.max(1, (total + SIZE - 1) / SIZE);
        return new TargetPage(Math.min(Math.max(1, requested), pages), pages, total);
    }

    int offset() {
        return (page - 1) * SIZE;
    }

    /** The number shown beside the first target of the page. */
    public int firstNumber() {
        return offset() + 1;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
