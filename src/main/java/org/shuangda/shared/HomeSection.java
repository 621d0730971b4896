package org.shuangda.shared;

import java.util.Map;

/**
 * A block another module puts on the home page (the leader's and upper levels' cockpit, the latest messages),
 * drawn by its own Thymeleaf fragment with its own data. See {@link HomeSectionProvider}.
 *
 * @param fragment a fragment expression's inside, e.g. {@code "reporting/cockpit :: home"}; the fragment reads
 *                 its data from the variable {@code section}
 * @param model    the fragment's data, available as {@code section}
 * @param slot     where it goes: {@link #TOP} (above the counts: the cockpit) or {@link #SIDE} (beside the to-dos)
 * @param order    smallest first within a slot
 */
public record HomeSection(String fragment, Map<String, Object> model, String slot, int order) {

    public static final String TOP = "top";
    public static final String SIDE = "side";
}
