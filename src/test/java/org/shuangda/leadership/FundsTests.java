package org.shuangda.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * Campaign funds add up per unit and purpose, a disbursement above the allocation and spending above the
 * disbursements are refused with the figures and write nothing, a unit sees only its own lines, and the XLSX
 * carries the table with its 合计.
 */
@WebTest
class FundsTests {

    @Autowired Funds funds;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    Actor office;
    long campaignId;
    long commerce;
    long police;

    @BeforeEach
    void setUp() throws Exception {
        office = demo.actor("licheng.office");
        commerce = unit("黎城县工商行政管理局");
        police = unit("黎城县公安局");
        String created = mvc.perform(post("/api/v1/campaigns").with(demo.as("licheng.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"经费测试专项行动 %d","docNumber":"黎政办函[2026]%d号","regionCode":"140426",
                         "startsOn":"2026-01-05","endsOn":"2027-06-30","phases":[{"name":"组织实施","startsOn":"2026-01-05",
                         "endsOn":"2027-06-20"}]}""".formatted(System.nanoTime(), System.nanoTime() % 100000)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        campaignId = ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    @Test
    void fundsAddUpPerUnitAndPurposeAndTheRatesFollow() throws Exception {
        funds.allocate(office, campaignId, commerce, FundPurpose.PUBLICITY, new BigDecimal("20000"), "宣传月");
        funds.allocate(office, campaignId, commerce, FundPurpose.EQUIPMENT, new BigDecimal("30000.50"), "");
        funds.allocate(office, campaignId, police, FundPurpose.CASE_HANDLING, new BigDecimal("10000"), "");
        LocalDate day = LocalDate.of(2026, 3, 2);
        funds.disburse(office, campaignId, commerce, FundPurpose.PUBLICITY, new BigDecimal("20000"), day,
                "黎财行〔2026〕15号", "");
        funds.disburse(office, campaignId, police, FundPurpose.CASE_HANDLING, new BigDecimal("2500"), day, "", "");
        Actor officer = demo.actor("licheng.officer");
        funds.spend(officer, campaignId, commerce, FundPurpose.PUBLICITY, new BigDecimal("1234.56"), day.plusDays(3),
                "发票 001", "宣传册");

        FundLedger ledger = funds.ledger(office, campaignId);
        FundLedger.UnitLine c = ledger.units().stream().filter(l -> l.unitId() == commerce).findFirst().orElseThrow();
        assertThat(c.sums().allocated()).isEqualByComparingTo("50000.50");
        assertThat(c.sums().disbursed()).isEqualByComparingTo("20000");
        assertThat(c.sums().spent()).isEqualByComparingTo("1234.56");
        assertThat(ledger.total().allocated()).isEqualByComparingTo("60000.50");
        assertThat(ledger.total().disbursed()).isEqualByComparingTo("22500");
        assertThat(ledger.purposes().get(FundPurpose.PUBLICITY).spent()).isEqualByComparingTo("1234.56");
        // 22500 / 60000.50 = 37.5 %
        assertThat(ledger.inPlaceRate()).isEqualByComparingTo("37.5");
        // the unit sees its own lines only
        FundLedger own = funds.ledger(officer, campaignId);
        assertThat(own.units()).extracting(FundLedger.UnitLine::unitId).containsExactly(commerce);
        assertThat(own.movements()).allSatisfy(m -> assertThat(m.unitId()).isEqualTo(commerce));

        byte[] xlsx = mvc.perform(get("/funds/" + campaignId + "/funds.xlsx").with(demo.as("licheng.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("专项经费");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith("专项经费情况表");
            int totalRow = 3 + ledger.units().size();
            assertThat(sheet.getRow(totalRow).getCell(1).getStringCellValue()).isEqualTo("合计");
            assertThat(sheet.getRow(totalRow).getCell(2).getNumericCellValue()).isEqualTo(60000.50);
            assertThat(book.getSheet("拨付与支出明细").getRow(3).getCell(5).getStringCellValue())
                    .isEqualTo("黎财行〔2026〕15号");
        }
    }

    @Test
    void aDisbursementAboveTheAllocationIsRefusedWithTheFiguresAndNothingIsWritten() throws Exception {
        funds.allocate(office, campaignId, commerce, FundPurpose.TESTING, new BigDecimal("5000"), "");
        funds.disburse(office, campaignId, commerce, FundPurpose.TESTING, new BigDecimal("4000"),
                LocalDate.of(2026, 4, 1), "", "");
        long before = movements();
        mvc.perform(post("/api/v1/funds/" + campaignId + "/disbursements").with(demo.as("licheng.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"unitId":%d,"purpose":"TESTING","amount":1500,"happenedOn":"2026-04-02"}""".formatted(commerce)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("5,500.00"),
                        org.hamcrest.Matchers.containsString("5,000.00"))));
        assertThat(movements()).isEqualTo(before);
        // spending beyond what reached the unit, a negative amount, fractions of a fen, a future date
        Actor officer = demo.actor("licheng.officer");
        assertThat(fields(() -> funds.spend(officer, campaignId, commerce, FundPurpose.TESTING,
                new BigDecimal("4000.01"), LocalDate.of(2026, 4, 3), "", ""))).containsExactly("amount");
        assertThat(fields(() -> funds.allocate(office, campaignId, commerce, FundPurpose.TESTING,
                new BigDecimal("-1"), ""))).containsExactly("amount");
        assertThat(fields(() -> funds.allocate(office, campaignId, commerce, FundPurpose.TESTING,
                new BigDecimal("1.005"), ""))).containsExactly("amount");
        assertThat(fields(() -> funds.disburse(office, campaignId, commerce, FundPurpose.TESTING, BigDecimal.ONE,
                LocalDate.of(2099, 1, 1), "", ""))).containsExactly("happenedOn");
        assertThat(movements()).isEqualTo(before);
        // a unit may not allocate, another county sees nothing
        assertThatThrownBy(() -> funds.allocate(officer, campaignId, commerce, FundPurpose.TESTING, BigDecimal.TEN, ""))
                .isInstanceOf(NotFoundProblem.class);
        mvc.perform(get("/api/v1/funds/" + campaignId).with(demo.as("pingshun.office"))).andExpect(status().isNotFound());
    }

    private java.util.List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (InvalidInput e) {
            return e.problems().stream().map(InvalidInput.FieldProblem::field).toList();
        }
        throw new AssertionError("expected a refusal");
    }

    private long movements() {
        return jdbc.sql("select count(*) from fund_movement where campaign_id = :c").param("c", campaignId)
                .query(Long.class).single();
    }

    private long unit(String name) {
        return jdbc.sql("select id from unit where name = :n").param("n", name).query(Long.class).single();
    }
}
