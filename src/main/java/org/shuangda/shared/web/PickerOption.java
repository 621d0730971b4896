package org.shuangda.shared.web;

/**
 * One choice offered by a search-as-you-type picker ({@code static/js/pickers.js}): the id that goes into the
 * form's hidden field, the label shown in the input once chosen, and a detail line (a code, the parent region)
 * that tells apart two choices of the same name. Every picker endpoint ({@code /api/v1/pickers/…}) answers a list
 * of these, searched within the caller's data scope.
 */
public record PickerOption(String id, String label, String detail) {

    /** The most a picker endpoint answers at once (a picker shows a short list; typing narrows it). */
    public static final int MAX_LIMIT = 20;

    /** {@code limit} clamped to 1–{@link #MAX_LIMIT}, 10 when absent. */
    public static int limit(Integer limit) {
        return limit == null ? 10 : Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}
