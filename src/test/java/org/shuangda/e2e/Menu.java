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
            // the toggle of the dropdown that holds this very entry; a click that lands before Bootstrap's script
            // has bound the dropdown opens nothing, so it is clicked again until the entry shows
            Locator group = entry.locator("xpath=ancestor::li[contains(@class,'dropdown')][1]/a[contains(@class,'dropdown-toggle')]");
            for (int attempt = 0; attempt < 5 && group.count() > 0 && !entry.isVisible(); attempt++) {
                // already open (a slow machine draws it late): wait for it rather than click it shut again
                if (!"true".equals(group.getAttribute("aria-expanded"))) {
                    group.click();
                }
                try {
                    entry.waitFor(new Locator.WaitForOptions().setState(
                            com.microsoft.playwright.options.WaitForSelectorState.VISIBLE).setTimeout(2000));
                } catch (com.microsoft.playwright.TimeoutError notYet) {
                    // clicked too early, or the click closed it again: once more
                }
            }
        }
        entry.click();
    }
}
