package org.shuangda.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.identity.UserForm.RoleGrant;
import org.shuangda.organization.Unit;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitForm;
import org.shuangda.organization.UnitRef;
import org.shuangda.organization.UnitType;
import org.shuangda.organization.Units;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.shuangda.shared.ScopeKind;
import org.shuangda.support.Accounts;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * What organisation and identity publish to other modules returns what their package documentation says, and
 * nothing more: the views' columns, and the published queries' answers for data made here through the services
 * (in 壶关县, where the demo has no units; rolled back after each test).
 */
@WebTest
@Transactional
class PublishedQueriesTests {

    private static final String REGION = "140427";

    @Autowired JdbcClient jdbc;
    @Autowired DemoUsers demo;
    @Autowired Units units;
    @Autowired Users users;
    @Autowired UnitDirectory directory;
    @Autowired Officers officers;

    @Test
    void theViewsHaveExactlyTheirDocumentedColumnsAndNoSecrets() {
        assertThat(columns("pub_user")).containsExactly("id", "username", "display_name", "unit_id", "enabled");
        assertThat(columns("pub_unit")).containsExactly("id", "name", "short_name", "type", "region_code",
                "parent_id", "path", "active", "region_name", "region_path", "region_level", "tree_order");
        assertThat(columns("pub_region")).containsExactly("code", "name", "level", "parent_code", "path",
                "valid_from", "valid_to");
        assertThat(columns("pub_leading_group")).containsExactly("id", "name", "region_code", "office_unit_id");
    }

    @Test
    void anOfficerCarriesNameUnitRolesAndPermissionsButNoContactOrPasswordData() {
        assertThat(Arrays.stream(Officer.class.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName))
                .containsExactly("id", "username", "displayName", "enabled", "unit", "roles", "permissions");
    }

    @Test
    void theUnitDirectoryAnswersChildrenSubtreeRegionAndName() {
        Actor admin = demo.actor("admin");
        Unit bureau = units.create(admin, unit("壶关县测试市场监管局", null));
        Unit office = units.create(admin, unit("壶关县测试执法大队", bureau.id()));

        assertThat(directory.children(bureau.id())).extracting(UnitRef::id).containsExactly(office.id());
        assertThat(directory.subtree(bureau.id())).extracting(UnitRef::id).containsExactly(bureau.id(), office.id());
        assertThat(directory.inRegion(REGION)).extracting(UnitRef::id).containsExactly(bureau.id(), office.id());
        assertThat(directory.named("壶关县测试执法大队")).singleElement().satisfies(ref -> {
            assertThat(ref.parentId()).isEqualTo(bureau.id());
            assertThat(ref.regionName()).isEqualTo("壶关县");
            assertThat(ref.path()).isEqualTo(bureau.path() + office.id() + "/");
            assertThat(ref.active()).isTrue();
        });
        assertThat(directory.inRegion("999999")).isEmpty();
    }

    @Test
    void theEnforcementOfficersOfARegionComeWithTheirUnitAndNobodyElse() {
        Actor admin = demo.actor("admin");
        Unit bureau = units.create(admin, unit("壶关县测试工商局", null));
        UserView officer = Accounts.create(users, demo, user("huguan.test.officer", bureau, "ENFORCEMENT_OFFICER", true));
        Accounts.create(users, demo, user("huguan.test.reporter", bureau, "UNIT_REPORTER", true));
        Accounts.create(users, demo, user("huguan.test.retired", bureau, "ENFORCEMENT_OFFICER", false));

        List<Officer> found = officers.holding(Permission.CASE_HANDLE, REGION);

        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(officer.id());
            assertThat(o.displayName()).isEqualTo("测试人员");
            assertThat(o.unit().id()).isEqualTo(bureau.id());
            assertThat(o.unit().regionCode()).isEqualTo(REGION);
            assertThat(o.roles()).containsExactly("ENFORCEMENT_OFFICER");
            assertThat(o.holds(Permission.CASE_HANDLE)).isTrue();
            assertThat(o.holds(Permission.USER_MANAGE)).isFalse();
        });
        assertThat(officers.holding(Permission.CASE_HANDLE, "140426")).extracting(Officer::username)
                .doesNotContain("huguan.test.officer").contains("licheng.officer");
        assertThat(officers.ofUnit(bureau.id())).extracting(Officer::username)
                .containsExactlyInAnyOrder("huguan.test.officer", "huguan.test.reporter", "huguan.test.retired");
        assertThat(officers.find(officer.id())).get().extracting(Officer::enabled).isEqualTo(true);
    }

    private List<String> columns(String view) {
        return jdbc.sql("""
                select column_name from information_schema.columns
                 where table_schema = current_schema() and table_name = :view order by ordinal_position""")
                .param("view", view).query(String.class).list();
    }

    private static UnitForm unit(String name, Long parentId) {
        return new UnitForm(name, null, UnitType.MARKET_SUPERVISION, REGION, parentId, null, null, null);
    }

    private static UserForm user(String username, Unit unit, String role, boolean enabled) {
        return new UserForm(username, "测试人员", unit.id(), "0355-1234567", "test@example.org", "Test@2026a", enabled,
                List.of(new RoleGrant(role, ScopeKind.OWN_UNIT, null)));
    }
}
