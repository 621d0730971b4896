package org.shuangda.credit.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.credit.CreditFact;
import org.shuangda.credit.CreditFactKind;
import org.shuangda.credit.CreditFacts;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The two lists against the real database and calendar: grounds and their refusals, every step of both lists
 * (allowed and refused), the upper level's agreement, early and automatic removal, the fraud reversal, the
 * credit facts, scope by id, and what the public pages show. Each test lists entities of its own.
 */
@WebTest
class CreditListingsTest {

    private static final Actor SYSTEM = Actor.system("测试");

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired CreditListings listings;
    @Autowired CreditFacts facts;
    @Autowired WorkingCalendar calendar;
    @Autowired ListingTodos todos;

    LocalDate today() {
        return listings.today();
    }

    /** The n-th entity of 黎城县 (each test its own). */
    long entity(int n) {
        return jdbc.sql("select id from market_entity where region_code = '140426' order by id offset :n limit 1")
                .param("n", n).query(Long.class).single();
    }

    long countListings() {
        return jdbc.sql("select count(*) from credit_listing").query(Long.class).single();
    }

    Actor officer() {
        return demo.actor("licheng.officer");
    }

    ListingView step(Actor actor, long id, ListingAction action, LocalDate on, String note) {
        return listings.act(actor, id, action, new Listing.Step(on, note), null);
    }

    /** A serious listing of 黎城县工商局 proposed with a decision on {@code decidedOn}. */
    long serious(String name, Listing.SubjectKind kind, Long entityId, LocalDate decidedOn, long caseId) {
        listings.openSerious(SYSTEM, new CreditListings.SeriousProposal(caseId, "黎工商罚〔测试〕" + caseId + "号",
                decidedOn, officer().unitId(), entityId, name, kind, kind == Listing.SubjectKind.ENTITY ? "91140426TEST" + caseId : null,
                "COMPETITION_IP", Map.of("factors", List.of("INTENT"), "reasons", "测试")));
        return jdbc.sql("select id from credit_listing where case_id = :c").param("c", caseId).query(Long.class).single();
    }

    @Test
    void a_listing_without_grounds_or_with_grounds_its_facts_do_not_make_is_refused_and_writes_nothing() throws Exception {
        long before = countListings();
        mvc.perform(post("/api/v1/credit/listings/abnormal").with(demo.as("licheng.officer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"entityId\":" + entity(40) + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("ground")))
                .andExpect(content().string(containsString("第四条至第九条")));
        // letters 10 days apart, one signed
        mvc.perform(post("/api/v1/credit/listings/abnormal").with(demo.as("licheng.officer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"entityId\":" + entity(40)
                                + ",\"ground\":\"UNREACHABLE\",\"letters\":[{\"sentOn\":\"2026-09-01\",\"signed\":false},"
                                + "{\"sentOn\":\"2026-09-11\",\"signed\":true}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("相隔 10 日")))
                .andExpect(content().string(containsString("签收")));
        // an annual report not yet late
        assertThatThrownBy(() -> listings.recordAbnormal(officer(), new AbnormalDraft(entity(40),
                AbnormalGround.ANNUAL_REPORT, today().getYear(), null, null, List.of(), null, null)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(InvalidInput.FieldProblem::field)
                        .containsExactly("reportYear"));
        // the form shows the error again, 422
        mvc.perform(post("/credit/listings/new").with(demo.as("licheng.officer")).with(csrf())
                        .param("entityId", String.valueOf(entity(40))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("listing-errors")));
        assertThat(countListings()).isEqualTo(before);
    }

    @Test
    void the_listing_clock_counts_ten_working_days_over_national_day_with_its_make_up_saturday() {
        // name change ordered, its period ended Tuesday 30 Sep 2025: 1–8 Oct off, Sat 11 Oct worked
        ListingView v = listings.recordAbnormal(officer(), new AbnormalDraft(entity(41), AbnormalGround.NAME_NOT_CHANGED,
                null, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), List.of(), null, null));
        assertThat(v.listing().state()).isEqualTo(ListingState.PENDING);
        assertThat(v.clock().key()).isEqualTo("credit.abnormal.listing");
        // the 工商局's officer has it among his to-dos, overdue; the city office is not asked to do the county's work
        assertThat(todos.todosFor(officer())).anyMatch(t -> t.href().equals("/credit/listings/" + v.listing().id())
                && t.overdue());
        assertThat(todos.todosFor(demo.actor("changzhi.office")))
                .noneMatch(t -> t.href().equals("/credit/listings/" + v.listing().id()));
        assertThat(v.clock().due()).isEqualTo(LocalDate.of(2025, 10, 21));
        assertThat(v.clock().overdue()).isTrue();
        // a listing late against its clock is still decided (the clock shows it was late)
        ListingView listed = step(officer(), v.listing().id(), ListingAction.LIST, LocalDate.of(2025, 10, 22), null);
        assertThat(listed.listing().state()).isEqualTo(ListingState.LISTED);
        // the 30-day objection window ends 21 Nov 2025 (a Friday)
        assertThat(listed.objectionEnds()).isEqualTo(LocalDate.of(2025, 11, 21));
    }

    @Test
    void unreachable_entity_is_listed_removed_on_application_and_leaves_the_public_page() throws Exception {
        LocalDate first = today().minusDays(90);
        ListingView v = listings.recordAbnormal(officer(), new AbnormalDraft(entity(42), AbnormalGround.UNREACHABLE,
                null, null, null, List.of(new AbnormalDraft.Letter(first, first.plusDays(5), false),
                        new AbnormalDraft.Letter(first.plusDays(20), first.plusDays(26), false)), null, null));
        long id = v.listing().id();
        assertThat(v.listing().triggerOn()).isEqualTo(first.plusDays(26));
        assertThat((List<?>) v.listing().detail().get("letters")).hasSize(2);
        // refused before the decision
        assertThatThrownBy(() -> step(officer(), id, ListingAction.APPLY_REMOVAL, null, "已变更住所"))
                .isInstanceOf(ListingTransitionRefused.class);
        assertThatThrownBy(() -> step(officer(), id, ListingAction.AGREE, null, null))
                .isInstanceOf(ListingTransitionRefused.class);
        LocalDate listedOn = first.plusDays(30);
        step(officer(), id, ListingAction.LIST, listedOn, null);
        String name = v.listing().subjectName();
        mvc.perform(get("/public/credit/abnormal").accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        List<CreditFact> record = facts.record(officer(), entity(42));
        assertThat(record).anyMatch(f -> f.kind() == CreditFactKind.ABNORMAL_LISTED && f.hiddenAt() == null);

        // the objection window (30 days from listing) is over
        assertThatThrownBy(() -> step(officer(), id, ListingAction.OBJECT, today(), "住所可以联系"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("objectedOn");
        // a removal dated before the listing
        assertThatThrownBy(() -> step(officer(), id, ListingAction.APPLY_REMOVAL, listedOn.minusDays(1), "已变更"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("appliedOn");
        assertThatThrownBy(() -> step(officer(), id, ListingAction.APPLY_REMOVAL, today(), " "))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("note");
        step(officer(), id, ListingAction.APPLY_REMOVAL, today(), "已办理住所变更登记");
        assertThatThrownBy(() -> step(officer(), id, ListingAction.REMOVE, today(), null))
                .isInstanceOf(ListingTransitionRefused.class);
        ListingView accepted = step(officer(), id, ListingAction.ACCEPT_REMOVAL, today(), null);
        assertThat(accepted.clock().key()).isEqualTo("credit.abnormal.removal-decision");
        assertThat(accepted.clock().due()).isEqualTo(calendar.addWorkingDays(today(), 2));
        ListingView removed = step(officer(), id, ListingAction.REMOVE, today(), null);
        assertThat(removed.listing().state()).isEqualTo(ListingState.REMOVED);
        assertThat(removed.actions()).isEmpty(); // no fraud reversal on the abnormal list
        mvc.perform(get("/public/credit/abnormal").accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        record = facts.record(officer(), entity(42));
        assertThat(record).anyMatch(f -> f.kind() == CreditFactKind.ABNORMAL_LISTED && f.hiddenAt() != null);
        assertThat(record).anyMatch(f -> f.kind() == CreditFactKind.ABNORMAL_REMOVED);
        assertThat(listings.history(officer(), id)).extracting(ListingHistoryEntry::action)
                .containsExactly("RECORD", "LIST", "APPLY_REMOVAL", "ACCEPT_REMOVAL", "REMOVE");
    }

    @Test
    void an_objection_is_accepted_verified_upheld_and_the_wrong_listing_corrected() {
        ListingView v = listings.recordAbnormal(officer(), new AbnormalDraft(entity(43), AbnormalGround.INSTANT_INFO,
                null, today().minusDays(25), null, List.of(), null, null));
        long id = v.listing().id();
        step(officer(), id, ListingAction.LIST, today().minusDays(10), null);
        assertThatThrownBy(() -> step(officer(), id, ListingAction.UPHOLD_OBJECTION, today(), "x"))
                .isInstanceOf(ListingTransitionRefused.class);
        ListingView filed = step(officer(), id, ListingAction.OBJECT, today(), "已在期限内公示");
        assertThat(filed.clock().due()).isEqualTo(calendar.addWorkingDays(today(), 5));
        step(officer(), id, ListingAction.ACCEPT_OBJECTION, today(), null);
        assertThatThrownBy(() -> step(officer(), id, ListingAction.UPHOLD_OBJECTION, today(), null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("note");
        ListingView upheld = step(officer(), id, ListingAction.UPHOLD_OBJECTION, today(), "系统记录有误");
        assertThat(upheld.listing().state()).isEqualTo(ListingState.CORRECTING);
        ListingView corrected = step(officer(), id, ListingAction.CORRECT, today(), null);
        assertThat(corrected.listing().state()).isEqualTo(ListingState.CORRECTED);
        assertThat(corrected.listing().shownOn(today())).isFalse();
        assertThatThrownBy(() -> step(officer(), id, ListingAction.LIST, today(), null))
                .isInstanceOf(ListingTransitionRefused.class);
    }

    @Test
    void a_pending_entry_can_be_dropped_and_a_duplicate_ground_is_refused() {
        AbnormalDraft draft = new AbnormalDraft(entity(44), AbnormalGround.ANNUAL_REPORT, 2024, null, null, List.of(),
                null, null);
        long id = listings.recordAbnormal(officer(), draft).listing().id();
        assertThatThrownBy(() -> listings.recordAbnormal(officer(), draft)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("ground");
        assertThatThrownBy(() -> step(officer(), id, ListingAction.DROP, today(), null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("note");
        assertThatThrownBy(() -> step(officer(), id, ListingAction.LIST, today().plusDays(1), null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("decidedOn");
        assertThat(step(officer(), id, ListingAction.DROP, today(), "已补报").listing().state())
                .isEqualTo(ListingState.DROPPED);
    }

    @Test
    void the_upper_level_agrees_and_a_unit_of_another_region_cannot() throws Exception {
        long id = serious("黎城县测试种业有限公司", Listing.SubjectKind.ENTITY, entity(45), today().minusDays(3), -9_001);
        ListingView v = listings.get(officer(), id);
        assertThat(v.listing().state()).isEqualTo(ListingState.AWAITING_AGREEMENT);
        assertThat(v.listing().agreementRegionPath()).isEqualTo("/140000/140400/");
        assertThat(v.clock().key()).isEqualTo("credit.serious.publication");
        assertThat(v.clock().due()).isEqualTo(calendar.addWorkingDays(today().minusDays(3), 20));
        assertThat(v.actions()).isEmpty(); // the county officer does not agree
        // the county's own office is not the level above: 422 on agreement
        mvc.perform(post("/api/v1/credit/listings/{id}/actions/AGREE", id).with(demo.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("agreement"))
                .andExpect(content().string(containsString("上一级（长治市）")));
        // the sibling county does not even see it
        mvc.perform(post("/api/v1/credit/listings/{id}/actions/AGREE", id).with(demo.as("pingshun.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/credit/listings/{id}", id).with(demo.as("pingshun.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/credit/listings").with(demo.as("pingshun.office")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("黎城县测试种业有限公司"))));
        assertThat(listings.awaitingMyAgreement(demo.actor("changzhi.office")))
                .anyMatch(x -> x.listing().id() == id);
        ListingView agreed = step(demo.actor("changzhi.office"), id, ListingAction.AGREE, today(), null);
        assertThat(agreed.listing().state()).isEqualTo(ListingState.LISTED);
        assertThat(agreed.listing().agreedBy()).contains("长治");
        assertThat(agreed.listing().periodEnd()).isEqualTo(today().plusYears(3));
        assertThat(agreed.earliestRemoval()).isEqualTo(today().plusYears(1));
        mvc.perform(get("/public/credit/serious").accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andExpect(content().string(containsString("黎城县测试种业有限公司")));
        // early removal before a year: 422 naming appliedOn and the earliest day
        assertThatThrownBy(() -> step(officer(), id, ListingAction.APPLY_REMOVAL, today(), "已整改"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("appliedOn");
        assertThat(facts.record(officer(), entity(45))).anyMatch(f -> f.kind() == CreditFactKind.SERIOUS_LISTED
                && f.publicUntil().equals(today().plusYears(3)));
    }

    @Test
    void early_removal_after_a_year_and_a_removal_obtained_by_fraud_restarts_the_period() {
        long id = serious("黎城县测试农资有限公司", Listing.SubjectKind.ENTITY, entity(46), today().minusDays(420), -9_002);
        Actor city = demo.actor("changzhi.office");
        step(city, id, ListingAction.AGREE, today().minusDays(400), null);
        assertThatThrownBy(() -> step(officer(), id, ListingAction.REVERSE_REMOVAL, today(), "x"))
                .isInstanceOf(ListingTransitionRefused.class);
        ListingView applied = step(officer(), id, ListingAction.APPLY_REMOVAL, today().minusDays(1), "已履行义务，消除危害后果");
        assertThat(applied.clock().due()).isEqualTo(calendar.addWorkingDays(today().minusDays(1), 2));
        ListingView accepted = step(officer(), id, ListingAction.ACCEPT_REMOVAL, today(), null);
        assertThat(accepted.clock().key()).isEqualTo("credit.serious.removal-decision");
        assertThat(accepted.clock().due()).isEqualTo(calendar.addWorkingDays(today(), 15));
        ListingView removed = step(officer(), id, ListingAction.REMOVE, today(), null);
        assertThat(removed.listing().shownOn(today())).isFalse();
        assertThat(removed.actions()).containsExactly(ListingAction.REVERSE_REMOVAL);
        assertThat(listings.shown(ListKind.SERIOUS, "黎城县测试农资", 0, 20)).isEmpty();
        ListingView again = step(officer(), id, ListingAction.REVERSE_REMOVAL, today(), "提交的整改材料系伪造");
        assertThat(again.listing().state()).isEqualTo(ListingState.LISTED);
        assertThat(again.listing().periodNo()).isEqualTo(2);
        assertThat(again.listing().periodStart()).isEqualTo(today());
        assertThat(again.listing().periodEnd()).isEqualTo(today().plusYears(3));
        assertThat(listings.shown(ListKind.SERIOUS, "黎城县测试农资", 0, 20)).hasSize(1);
        assertThat(facts.record(officer(), entity(46)).stream().filter(f -> f.kind() == CreditFactKind.SERIOUS_LISTED))
                .hasSize(2);
    }

    @Test
    void the_daily_job_removes_listings_after_three_years_and_a_second_run_changes_nothing() throws Exception {
        long id = serious("黎城县测试过期商行", Listing.SubjectKind.ENTITY, entity(47), today().minusYears(3).minusDays(30),
                -9_003);
        step(demo.actor("changzhi.office"), id, ListingAction.AGREE, today().minusYears(3).minusDays(20), null);
        // its period ended ten-odd days ago: the public page no longer shows it, even before the job ran
        assertThat(listings.shown(ListKind.SERIOUS, "黎城县测试过期商行", 0, 20)).isEmpty();
        assertThatThrownBy(() -> step(officer(), id, ListingAction.EXPIRE, today(), null))
                .isInstanceOf(ListingTransitionRefused.class); // not a person's step
        assertThat(listings.expire(SYSTEM, today())).isGreaterThanOrEqualTo(1);
        ListingView v = listings.get(officer(), id);
        assertThat(v.listing().state()).isEqualTo(ListingState.REMOVED);
        assertThat(v.listing().removalKind()).isEqualTo(Listing.RemovalKind.EXPIRY);
        assertThat(v.listing().removedOn()).isEqualTo(v.listing().periodEnd().plusDays(1));
        int version = v.listing().version();
        long steps = jdbc.sql("select count(*) from credit_listing_step").query(Long.class).single();
        assertThat(listings.expire(SYSTEM, today())).isZero();
        assertThat(listings.get(officer(), id).listing().version()).isEqualTo(version);
        assertThat(jdbc.sql("select count(*) from credit_listing_step").query(Long.class).single()).isEqualTo(steps);
        assertThat(facts.record(officer(), entity(47))).anyMatch(f -> f.kind() == CreditFactKind.SERIOUS_REMOVED);
    }

    @Test
    void natural_persons_are_masked_on_the_public_page() throws Exception {
        long id = serious("欧阳明华", Listing.SubjectKind.PERSON, null, today().minusDays(2), -9_004);
        step(demo.actor("changzhi.office"), id, ListingAction.AGREE, today(), null);
        String html = mvc.perform(get("/public/credit/serious").accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andExpect(content().string(containsString("欧某某某")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("欧阳明华").doesNotContain("阳明华");
        // the public does not search people by name
        mvc.perform(get("/public/credit/serious").param("q", "欧阳").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void one_county_cannot_open_or_act_on_the_others_listings_and_the_pages_answer() throws Exception {
        ListingView v = listings.recordAbnormal(officer(), new AbnormalDraft(entity(48), AbnormalGround.ANNUAL_REPORT,
                2024, null, null, List.of(), null, null));
        long id = v.listing().id();
        assertThatThrownBy(() -> listings.get(demo.actor("pingshun.officer"), id)).isInstanceOf(NotFoundProblem.class);
        // the entity page shows the state to the county, nothing of it to the other county's reader
        mvc.perform(get("/entities/{id}", entity(48)).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("entity-listing-" + id)))
                .andExpect(content().string(containsString("待作出列入决定")));
        mvc.perform(get("/credit/listings/{id}", id).with(demo.as("pingshun.office"))).andExpect(status().isNotFound());
        mvc.perform(post("/credit/listings/{id}/actions/LIST", id).with(demo.as("pingshun.officer")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/credit/listings/export.csv").with(demo.as("pingshun.office"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(v.listing().subjectName()))));
        mvc.perform(get("/credit/listings").with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(v.listing().subjectName())));
        mvc.perform(get("/credit/listings/{id}", id).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("action-LIST")));
        // a step without CSRF is refused, a step in the future re-shows the page with the error
        mvc.perform(post("/credit/listings/{id}/actions/LIST", id).with(demo.as("licheng.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/credit/listings/{id}/actions/LIST", id).with(demo.as("licheng.officer")).with(csrf())
                        .param("on", today().plusDays(3).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("晚于今天")));
        mvc.perform(post("/credit/listings/{id}/actions/LIST", id).with(demo.as("licheng.officer")).with(csrf())
                        .param("on", "not-a-date"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/credit/listings/{id}/actions/NOPE", id).with(demo.as("licheng.officer")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(listings.get(officer(), id).listing().state()).isEqualTo(ListingState.PENDING);
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'credit_listing' and action = 'EXPORT'")
                .query(Long.class).single()).isPositive();
    }
}
