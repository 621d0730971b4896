package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.CaseDraft;
import org.shuangda.cases.CaseDraft.PartyInput;
import org.shuangda.cases.CaseLifecycle;
import org.shuangda.cases.Cases;
import org.shuangda.cases.SeizedGoods;
import org.shuangda.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 严重违法失信名单 in the browser: a 黎城县 officer decides a heavier penalty on a counterfeit-seed case and proposes
 * the listing with its field, weighing factors and reasons (first without the heavier penalty: refused, the form
 * shown again); the city office (changzhi.office) finds the request among its to-dos, a county office cannot agree;
 * the city agrees and the maker appears on the public list, read on a phone at 390 px.
 */
@BrowserTest
class CreditListingJourneyTest {

    private static final Messages CASES = Messages.zh("cases");
    private static final Messages ZH = Messages.zh("credit-listings");

    @Autowired Cases cases;
    @Autowired CaseLifecycle lifecycle;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private long caseId;
    private String partyName;

    /** The officer's case, notified to the party, through the cases service (the 立案 form is the cases code's). */
    @BeforeEach
    void aNotifiedCase() {
        Actor officer = (Actor) users.loadUserByUsername("licheng.officer");
        List<Long> officers = jdbc.sql("select id from app_user where username in ('licheng.officer', 'licheng.inspector')")
                .query(Long.class).list();
        long entity = jdbc.sql("select id from market_entity where region_code = '140426' order by id desc offset 5 limit 1")
                .query(Long.class).single();
        partyName = jdbc.sql("select name from market_entity where id = :id").param("id", entity).query(String.class)
                .single();
        var kase = cases.register(officer, new CaseDraft(null, "浏览器测试：销售假冒注册商标玉米种子案" + System.nanoTime() % 100000,
                CaseCategory.TRADEMARK, "种子", "经查，当事人销售假冒注册商标玉米种子20袋。", new BigDecimal("4800"),
                new BigDecimal("1200"), new BigDecimal("4800"), List.of(PartyInput.entity(entity)),
                List.of(new SeizedGoods("玉米种子（假冒）", new BigDecimal("20"), "袋", new BigDecimal("4800"))),
                officers, null));
        lifecycle.startInvestigation(officer, kase.id());
        lifecycle.notifyParty(officer, kase.id());
        caseId = kase.id();
    }

    @Test
    void anOfficerProposesTheCityAgreesAndTheListingIsPublished(Page page, ConsoleErrors errors) {
        LoginPage.signIn(page, "licheng.officer");
        page.navigate("/cases/" + caseId);
        page.locator("#decide-form input[name=decisionNumber]").fill("黎工商罚〔2026〕浏" + caseId + "号");
        page.locator("#kind-FINE").check();
        page.locator("#decide-form input[name=fineAmount]").fill("150000");
        page.locator("#decide-form input[name=legalBasis]").fill("《中华人民共和国种子法》第七十四条");
        page.locator("#decide-form input[name=decidedOn]").fill(java.time.LocalDate.now().toString());
        page.locator("#serious-listing summary").click();
        page.locator("#serious-listing-propose").check();
        page.locator("#serious-field").selectOption("COMPETITION_IP");
        page.locator("#serious-factor-INTENT").check();
        page.locator("#serious-factor-HARM").check();
        page.locator("#serious-reasons").fill("明知是假冒种子仍大量销售，造成农户减产。");
        Screenshots.save(page, "credit-listing-propose");
        page.locator("#decide-form button").click();
        // a fine that is not at the heavy end cannot carry the proposal: the page again with the rule
        assertThat(page.locator("#case-errors")).containsText(CASES.get("case.invalid.seriousNotHeavier"));

        page.locator("#decide-form input[name=decisionNumber]").fill("黎工商罚〔2026〕浏" + caseId + "号");
        page.locator("#kind-FINE").check();
        page.locator("#decide-form input[name=fineAmount]").fill("150000");
        page.locator("#decide-form input[name=legalBasis]").fill("《中华人民共和国种子法》第七十四条");
        page.locator("#decide-form input[name=decidedOn]").fill(java.time.LocalDate.now().toString());
        page.locator("#decide-aggravated").check();
        page.locator("#serious-listing summary").click();
        page.locator("#serious-listing-propose").check();
        page.locator("#serious-field").selectOption("COMPETITION_IP");
        page.locator("#serious-factor-INTENT").check();
        page.locator("#serious-factor-HARM").check();
        page.locator("#serious-reasons").fill("明知是假冒种子仍大量销售，造成农户减产。");
        page.locator("#decide-form button").click();
        assertThat(page.locator("#case-status")).hasText(CASES.get("case.status.DECIDED"));
        assertThat(page.locator("#case-timeline")).containsText("提请列入严重违法失信名单");

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from credit_listing where case_id = :c").param("c", caseId).query(Long.class).single() == 1);

        // the county office sees the listing but is not the level above
        signInAs(page, "licheng.office");
        long listing = jdbc.sql("select id from credit_listing where case_id = :c").param("c", caseId)
                .query(Long.class).single();
        Menu.go(page, "/credit/listings"); // 信用监管 ▸ 信用名录
        page.locator("#listing-" + listing + " a").first().click();
        assertThat(page.locator("#listing-state")).hasText(ZH.get("listing.state.AWAITING_AGREEMENT"));
        assertThat(page.locator("#listing-agreement")).hasText(ZH.get("listing.agreementBy", "长治市"));
        assertThat(page.locator("#action-AGREE")).hasCount(0);

        signInAs(page, "changzhi.office");
        page.getByText(ZH.get("listing.todo.agree", partyName)).first().click();
        assertThat(page).hasURL(Pattern.compile("/credit/listings/" + listing + "$"));
        assertThat(page.locator("#listing-clock")).containsText("严重违法失信名单公示"); // the 20-working-day clock
        Screenshots.save(page, "credit-listing-agree");
        page.locator("#note-AGREE").fill("同意列入");
        page.locator("#do-AGREE").click();
        assertThat(page.locator("#notice")).hasText(ZH.get("listing.done.AGREE"));
        assertThat(page.locator("#listing-state")).hasText(ZH.get("listing.state.LISTED"));
        assertThat(page.locator("#listing-agreement")).containsText("长治");
        assertThat(page.locator("#listing-history")).containsText(ZH.get("listing.step.AGREE"));

        // the public list, without login, on a phone
        page.context().clearCookies();
        page.setViewportSize(390, 844);
        page.navigate("/public");
        page.locator("#entry-credit").click();
        assertThat(page.locator("main h1")).hasText(ZH.get("listing.public.title.SERIOUS"));
        page.locator("#q").fill(partyName);
        page.locator("#search").click();
        assertThat(page.locator("#public-listing-" + listing)).containsText(partyName);
        assertThat(page.locator("#public-listing-" + listing)).containsText("黎城县");
        assertThat(page.locator("#public-listing-" + listing)).containsText(CASES.get("serious.field.COMPETITION_IP"));
        Screenshots.save(page, "credit-listing-public-390");
        Object wide = page.evaluate("document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) wide).intValue()).isLessThanOrEqualTo(390);
        // the one refused decision (422) is the only thing the console reports
        org.assertj.core.api.Assertions.assertThat(errors.messages())
                .allMatch(m -> m.contains("422") && m.contains("/cases/" + caseId + "/decide"));
    }

    private static void signInAs(Page page, String username) {
        page.context().clearCookies();
        LoginPage.signIn(page, username);
    }
}
