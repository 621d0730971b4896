package org.shuangda.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * One section of the public portal (一公开, issue 18): what a module publishes for everyone, without login. The
 * portal ({@code org.shuangda.portal}) asks every bean implementing this interface — penalties, the credit lists,
 * inspection results, commendations, public 通报, and any module that lands later (sampling results) plugs in by
 * implementing it; the portal never reads a module's tables.
 *
 * <p>The contract every implementation keeps: only records published and still within their display period on
 * {@code today} (a record leaves the day after its last day shown), natural persons masked (a family name only,
 * never an ID number), and a person is never found by a name typed into {@link Query#text()}.
 */
public interface PublicListings {

    /** The section's key in URLs and filters: {@code [a-z-]+}, e.g. {@code penalties}, {@code serious}. */
    String section();

    /** Message code of the section's title ("行政处罚信息公示"). */
    String titleCode();

    /** The section's own public page, e.g. {@code /public/penalties}. */
    String path();

    /** Place on the portal's home page and in its filters, lower first. */
    int order();

    /** Records shown on {@link Query#today()} that match the query, newest first. */
    Page search(Query query);

    /** What is shown on {@code today} about one market entity (matched by id or USCC), newest first. */
    default List<Item> about(Subject subject, LocalDate today, int limit) {
        return List.of();
    }

    /**
     * A search of a section.
     *
     * @param text       words typed (name, number, USCC, title…), or null
     * @param from       first day of the record's date, or null
     * @param to         last day of the record's date, or null
     * @param regionPath the region's path ({@code /140000/140400/140426/}): records of an authority in it, or null
     * @param today      the day the display periods are judged on
     * @param page       0-based
     * @param size       1–100
     */
    record Query(String text, LocalDate from, LocalDate to, String regionPath, LocalDate today, int page, int size) {

        public Query {
            text = text == null || text.isBlank() ? null : text.strip();
            page = Math.max(0, page);
            size = Math.min(Math.max(size, 1), 100);
        }

        public int offset() {
            return page * size;
        }

        /** {@code %text%} with LIKE's own wildcards escaped (use with {@code escape '\'}). */
        public String like() {
            return text == null ? null
                    : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
    }

    /**
     * One published record as the portal lists it.
     *
     * @param section    the section's key
     * @param title      the line a person reads first (a decision number, a list's ground, a notice's title)
     * @param subject    whom it concerns, masked where a person (张某某), or null
     * @param uscc       an organisation's USCC, or null (never a person's number)
     * @param date       the record's date (decision, listing, inspection, issue day)
     * @param shownUntil its last day on the site, or null while open-ended
     * @param authority  the unit that published it
     * @param summary    one or two sentences, or null
     * @param link       the record's own public page
     * @param badge      message code of a state word (已撤销, 已更正), or null
     */
    record Item(String section, String title, String subject, String uscc, LocalDate date, LocalDate shownUntil,
            String authority, String summary, String link, String badge) {
    }

    /** A page of a section's records and how many matched. */
    record Page(List<Item> items, long total) {

        public static Page empty() {
            return new Page(List.of(), 0);
        }
    }

    /** The market entity a person looked up on the portal. */
    record Subject(long entityId, String name, String uscc) {
    }
}
