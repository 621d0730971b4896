package org.shuangda.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The top menu as a person uses it: {@code Menu.go(page, "/cases")} clicks the menu entry leading to that path,
 * opening its group first when the entry sits in a dropdown. Journey tests go through here rather than naming
 * menu ids, so that regrouping the menu does not break them.
 */
public final class Menu {

    private Menu() {
    }

    /** Clicks the top-menu entry whose link is {@code href} (a path such as {@code /credit/listings}). */
    public static void go(Page page, String href) {
        Locator entry = page.locator("nav.navbar a[href='" + href + "']").first();
        if (!entry.isVisible()) {
            Locator toggler = page.locator("nav.navbar .navbar-toggler");
            if (toggler.isVisible()) {
                toggler.click();
            }
            Locator group = page.locator("nav.navbar li.dropdown:has(a[href='" + href + "']) > .dropdown-toggle");
            if (group.count() > 0 && !entry.isVisible()) {
                group.first().click();
            }
        }
        entry.click();
    }
}
