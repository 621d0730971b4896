package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.credit.CreditFactKind;
import org.shuangda.credit.CreditFacts;
import org.shuangda.credit.DisplayTier;
import org.shuangda.credit.NewCreditFact;
import org.shuangda.entities.EntityDraft;
import org.shuangda.entities.MarketEntities;
import org.shuangda.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 信用风险分类 in the browser: a 黎城县 entity founded two years ago gets a serious penalty and a failed sample; the
 * county office opens the grades from the menu, filters grade C, opens the entity and reads why it is C; the
 * province office tries a scheme whose thresholds do not rise and gets the form back with the reason beside the
 * field, nothing saved.
 */
@BrowserTest
class CreditGradeJourneyTest {

        @Autowired MarketEntities entities;
    @Autowired CreditFacts facts;
    @Autowired PlatformTransactionManager transactions;

    private String name;

    @BeforeEach
    void aGradedEntity() {
        Actor system = Actor.system("浏览器测试");
        LocalDate today = LocalDate.now();
        name = "信用分类浏览器测试商行" + System.nanoTime() % 100000;
        long id = entities.create(system, new EntityDraft(name, null, false, null, "INDIVIDUAL_BUSINESS", null,
                "140426", null, null, null, null, null, today.minusYears(2).minusDays(3).toString())).id();
        new TransactionTemplate(transactions).executeWithoutResult(t -> List.of(
                fact(id, CreditFactKind.PENALTY, DisplayTier.SERIOUS, today.minusMonths(2)),
                fact(id, CreditFactKind.SAMPLE_FAILED, DisplayTier.NOT_SHOWN, today.minusDays(20)))
                .forEach(f -> facts.record(system, f)));
    }

    private static NewCreditFact fact(long entity, CreditFactKind kind, DisplayTier tier, LocalDate on) {
        return new NewCreditFact(entity, kind, "test", "browser:" + entity + ":" + kind, on, null,
                "/140000/140400/140426/", kind.name(), Map.of(), tier, null, null);
    }

    @Test
    void theCountyReadsWhyAnEntityIsCAndTheProvinceCannotSaveABadScheme(Page page, ConsoleErrors errors) {
        LoginPage.signIn(page, "licheng.office");
        Menu.go(page, "/credit/grades");
        assertThat(page.locator("#grades-principle")).containsText("不免抽");
        page.locator("#grade-filter-grade").selectOption("C");
        page.locator("#grade-filter-q").fill(name);
        // the grade follows the facts after their commit (the fact listener): the list shows it once computed
        com.microsoft.playwright.Locator link = page.locator("#grade-table a", new Page.LocatorOptions().setHasText(name));
        for (int i = 0; i < 20 && link.count() == 0; i++) {
            page.locator("#grade-filter-submit").click();
            page.waitForLoadState();
            if (link.count() == 0) {
                page.waitForTimeout(500);
            }
        }
        assertThat(link).hasCount(1);
        link.click();
        assertThat(page.locator("#grade-current-grade")).hasText("C");
        assertThat(page.locator("#grade-explanation")).hasText(
                "C：24个月内行政处罚（严重）1次（+30），抽检不合格1次（+20）；成立不满3年（+5）；合计55分（C类：30至69分）");
        assertThat(page.locator("#grade-history .grade-history-row").first()).containsText("C");
        Screenshots.save(page, "credit-grade-entity");

        page.context().clearCookies();
        LoginPage.signIn(page, "shanxi.office");
        page.navigate("/credit/grades/scheme");
        page.locator("#thresholdC").fill("5");
        int versions = page.locator("#scheme-versions tbody tr").count();
        page.locator("#scheme-save").click();
        assertThat(page.locator("#thresholdC")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(page.locator("#thresholdC ~ .invalid-feedback")).containsText("5");
        assertThat(page.locator("#scheme-versions tbody tr")).hasCount(versions);
        // the refused scheme (422, the form shown again) is the only thing the console reports
        org.assertj.core.api.Assertions.assertThat(errors.messages())
                .allMatch(m -> m.contains("422") && m.contains("/credit/grades/scheme"));
    }
}
