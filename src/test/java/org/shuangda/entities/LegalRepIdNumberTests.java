package org.shuangda.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.shuangda.privacy.PersonalDataCipher;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Legal representatives' ID numbers: SM4 ciphertext in {@code market_entity} and in staged import rows, masked
 * in lists, pages and the API, the full number only with ENTITY_MANAGE over the entity's region and a reason
 * (stored, audited, on the unit head's review list), and clear numbers of an earlier version encrypted by
 * V99_1 and by the key rotation.
 */
@WebTest
class LegalRepIdNumberTests {

    static final String OFFICER = "licheng.officer";
    static final String HEAD = "licheng.head";
    static final String ID = "140426198001011231";
    static final String MASKED = "140426********1231";
    static final String WHY = "核对法定代表人身份以便送达文书";
    private static final EntityFixtures FIXTURES = new EntityFixtures(909);

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired LegalRepIdCipher idCipher;
    @Autowired PersonalDataCipher cipher;
    @Autowired LegalRepIdNumberMigration migration;
    @Autowired DataSource dataSource;

    long create(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/entities").with(demo.as(OFFICER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EntityFixtures.json(name, FIXTURES.uscc("140426"), "140426", ID)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    }

    String stored(long id) {
        return jdbc.sql("select legal_rep_id_number from market_entity where id = :id").param("id", id)
                .query(String.class).single();
    }

    ResultActions open(String user, long id, String body) throws Exception {
        var request = post("/api/v1/entities/" + id + "/legal-rep-id-number").with(demo.as(user)).with(csrf())
                .with(r -> { r.setRemoteAddr("10.20.30.42"); return r; });
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    long openings(long id) {
        return jdbc.sql("select count(*) from identity_opening where kind = 'LEGAL_REP' and object_id = :id")
                .param("id", id).query(Long.class).single();
    }

    @Test
    void theIdNumberIsCiphertextInTheTableAndMaskedInListsPagesAndTheApi() throws Exception {
        long id = create("法人身份证加密测试有限公司");
        String stored = stored(id);
        assertThat(stored).doesNotContain(ID).doesNotContain(ID.substring(6, 14)).startsWith(cipher.currentKeyId() + ":");
        assertThat(idCipher.decrypt(stored)).isEqualTo(ID);
        // bound to its column: the same ciphertext does not decrypt as a case party's or a filer's ID number
        assertThatThrownBy(() -> cipher.decrypt("idNumber", stored)).isInstanceOf(IllegalStateException.class);
        // the database no longer checks the number (a ciphertext is longer): a number that skipped the validator
        // (wrong check character, wrong length) is refused before it is encrypted, never stored
        assertThatThrownBy(() -> idCipher.encryptValid("140426198001011232")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> idCipher.encryptValid("14042619800101")).isInstanceOf(IllegalArgumentException.class);
        assertThat(idCipher.decrypt(idCipher.encryptValid("140426198001011231"))).isEqualTo(ID);
        for (String user : List.of(OFFICER, HEAD, "licheng.office", "licheng.leader", "admin")) {
            mvc.perform(get("/api/v1/entities/" + id).with(demo.as(user))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.legalRepIdNumberMasked").value(MASKED))
                    .andExpect(content().string(not(containsString(ID))));
            mvc.perform(get("/api/v1/entities").param("q", "法人身份证加密测试").with(demo.as(user)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].legalRepIdNumberMasked").value(MASKED))
                    .andExpect(content().string(not(containsString(ID))));
            mvc.perform(get("/entities/" + id).with(demo.as(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(MASKED)))
                    .andExpect(content().string(not(containsString(ID))));
            mvc.perform(get("/entities").param("q", "法人身份证加密测试").with(demo.as(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(MASKED)))
                    .andExpect(content().string(not(containsString(ID))));
        }
        // the audit trail holds the masked number only
        assertThat(jdbc.sql("select after::text from audit_entry where object_type = 'entity' and object_id = :id")
                .param("id", String.valueOf(id)).query(String.class).list())
                .isNotEmpty().allSatisfy(a -> assertThat(a).doesNotContain(ID).contains(MASKED));
    }

    @Test
    void onlyWhoMayChangeTheEntityOpensTheFullNumberWithAReasonAndTheHeadSeesTheOpening() throws Exception {
        long id = create("法人身份查看测试有限公司");
        open(OFFICER, id, null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        open(OFFICER, id, "{\"reason\":\"看\"}").andExpect(status().isUnprocessableContent());
        open(OFFICER, 999_999_999L, "{\"reason\":\"" + WHY + "\"}").andExpect(status().isNotFound());
        // without ENTITY_MANAGE (head, leader, reporter, police) 403; another county's people 404 as if missing
        for (String other : List.of(HEAD, "licheng.leader", "licheng.reporter", "licheng.police", "pingshun.officer",
                "pingshun.office", "pingshun.admin")) {
            int answer = open(other, id, "{\"reason\":\"" + WHY + "\"}").andReturn().getResponse().getStatus();
            assertThat(answer).as(other).isIn(403, 404);
            mvc.perform(post("/entities/" + id + "/legal-rep-id-number").with(demo.as(other)).with(csrf())
                    .param("reason", WHY)).andExpect(r -> assertThat(r.getResponse().getStatus()).as(other).isIn(403, 404));
        }
        open("pingshun.officer", id, "{\"reason\":\"" + WHY + "\"}").andExpect(status().isNotFound());
        assertThat(openings(id)).isZero();

        open(OFFICER, id, "{\"reason\":\"" + WHY + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber").value(ID));
        assertThat(openings(id)).isEqualTo(1);
        assertThat(jdbc.sql("select reason || ' ' || client_address || ' ' || region_path from identity_opening"
                        + " where kind = 'LEGAL_REP' and object_id = :id").param("id", id).query(String.class).single())
                .isEqualTo(WHY + " 10.20.30.42 /140000/140400/140426/");
        String audit = jdbc.sql("""
                select actor_username || ' ' || summary || ' ' || after::text from audit_entry
                 where action = 'VIEW_PERSONAL_DATA' and object_type = 'entity' and object_id = :id""")
                .param("id", String.valueOf(id)).query(String.class).single();
        assertThat(audit).startsWith(OFFICER).contains(WHY).doesNotContain(ID);

        // the page: the form for who may change the entity, the number after the POST with a reason; 422 without
        mvc.perform(get("/entities/" + id).with(demo.as(OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("查看完整身份证号（需填写理由）")));
        mvc.perform(get("/entities/" + id).with(demo.as(HEAD))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("查看完整身份证号（需填写理由）"))));
        mvc.perform(post("/entities/" + id + "/legal-rep-id-number").with(demo.as(OFFICER)).with(csrf())
                        .param("reason", "")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(not(containsString(ID))));
        mvc.perform(post("/entities/" + id + "/legal-rep-id-number").with(demo.as(OFFICER)).with(csrf())
                        .param("reason", WHY)).andExpect(status().isOk())
                .andExpect(content().string(containsString(ID)));
        assertThat(openings(id)).isEqualTo(2);

        // on the review list of the opener's unit head, with the entity's page; not on another county's
        mvc.perform(get("/api/v1/identity-openings").param("reviewed", "false").with(demo.as(HEAD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows[*].objectId", hasItem((int) id)))
                .andExpect(jsonPath("$.rows[?(@.objectId == " + id + ")].kind", hasItem("LEGAL_REP")))
                .andExpect(content().string(not(containsString(ID))));
        mvc.perform(get("/identity-openings").with(demo.as(HEAD))).andExpect(status().isOk())
                .andExpect(content().string(containsString("法定代表人身份证号")))
                .andExpect(content().string(containsString("/entities/" + id)));
        mvc.perform(get("/api/v1/identity-openings").with(demo.as("pingshun.head")))
                .andExpect(jsonPath("$.rows[*].objectId", not(hasItem((int) id))));
    }

    @Test
    void anImportKeepsTheNumbersEncryptedInTheStagingTableAndAfterTheBulkCopy() throws Exception {
        String uscc = FIXTURES.uscc("140426");
        String csv = java.util.Arrays.stream(ImportColumn.values()).map(ImportColumn::header)
                .collect(java.util.stream.Collectors.joining(",")) + "\n"
                + "法人导入加密测试有限公司," + uscc + ",企业,黎城县黎侯镇,140426,测试丙," + ID + ",测试丁,0355-6661234\n";
        String location = mvc.perform(multipart("/entities/import").file(new MockMultipartFile("file", "legal.csv",
                        "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(demo.as(OFFICER)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long batch = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String staged = jdbc.sql("select legal_rep_id_number from entity_import_row where batch_id = :b")
                .param("b", batch).query(String.class).single();
        assertThat(LegalRepIdCipher.isClear(staged)).isFalse();
        assertThat(staged).doesNotContain(ID);
        assertThat(idCipher.decrypt(staged)).isEqualTo(ID);
        mvc.perform(post("/entities/import/" + batch + "/commit").with(demo.as(OFFICER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String stored = jdbc.sql("select legal_rep_id_number from market_entity where uscc = :u").param("u", uscc)
                .query(String.class).single();
        assertThat(stored).doesNotContain(ID);
        assertThat(idCipher.decrypt(stored)).isEqualTo(ID);
        long id = jdbc.sql("select id from market_entity where uscc = :u").param("u", uscc).query(Long.class).single();
        mvc.perform(get("/api/v1/entities/" + id).with(demo.as(OFFICER)))
                .andExpect(jsonPath("$.legalRepIdNumberMasked").value(MASKED));
    }

    @Test
    void clearNumbersOfAnEarlierVersionAreEncryptedByTheMigrationAndByTheKeyRotation() throws Exception {
        assertThat(jdbc.sql("select success from flyway_schema_history where version = '99.1'").query(Boolean.class)
                .single()).isTrue();
        long id = create("法人身份证迁移测试有限公司");
        jdbc.sql("update market_entity set legal_rep_id_number = :clear where id = :id").param("clear", ID)
                .param("id", id).update();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(migration.encryptClear(connection)).isGreaterThanOrEqualTo(1);
            assertThat(migration.encryptClear(connection)).isZero(); // idempotent
        }
        String migrated = stored(id);
        assertThat(migrated).startsWith(cipher.currentKeyId() + ":").doesNotContain(ID);
        assertThat(idCipher.decrypt(migrated)).isEqualTo(ID);
        mvc.perform(get("/api/v1/entities/" + id).with(demo.as(OFFICER)))
                .andExpect(jsonPath("$.legalRepIdNumberMasked").value(MASKED));
        for (String table : List.of("market_entity", "entity_import_row")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where legal_rep_id_number is not null"
                    + " and position(':' in legal_rep_id_number) = 0").query(Long.class).single()).as(table).isZero();
        }

        // the rotation moves a clear one too (and reports it), then nothing is left
        jdbc.sql("update market_entity set legal_rep_id_number = :clear where id = :id").param("clear", ID)
                .param("id", id).update();
        mvc.perform(post("/api/v1/filings/keys/reencrypt").header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                .andExpect(status().isOk()).andExpect(content().string("1"));
        assertThat(LegalRepIdCipher.isClear(stored(id))).isFalse();
        assertThat(idCipher.decrypt(stored(id))).isEqualTo(ID);
        mvc.perform(post("/api/v1/filings/keys/reencrypt").header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                .andExpect(status().isOk()).andExpect(content().string("0"));
    }
}
