package org.shuangda.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule of who edits and adds configuration of which level ({@link Configurable}, {@link ConfigOwner}). */
class ConfigurableTest {

    static final String PROVINCE = "/140000/";
    static final String CITY = "/140000/140400/";
    static final String LICHENG = "/140000/140400/140426/";
    static final String PINGSHUN = "/140000/140400/140425/";

    /** Someone in 黎城县 holding {@code permission} with {@code scope}. */
    record Holder(Permission permission, DataScope scope) implements Actor {
        @Override public long userId() { return 7; }
        @Override public String username() { return "holder"; }
        @Override public String displayName() { return "持有人"; }
        @Override public long unitId() { return 7; }
        @Override public String unitName() { return "单位"; }
        @Override public String unitRegionPath() { return LICHENG; }
        @Override public boolean can(Permission p) { return p == permission; }
        @Override public DataScope scopeFor(Permission p) { return p == permission ? scope : DataScope.none(); }
    }

    @Test
    void scope_ALL_edits_every_level_and_adds_national_items_by_default() {
        Actor all = new Holder(Permission.CASE_SETTINGS, DataScope.everything());
        for (String owner : new String[] {null, PROVINCE, LICHENG}) {
            assertThat(Configurable.CASE_DOCUMENT_TEMPLATE.mayEdit(all, ConfigOwner.of(owner))).isTrue();
        }
        assertThat(Configurable.CRIMINAL_THRESHOLD.requireAdd(all, null)).isEqualTo(ConfigOwner.NATIONAL);
        assertThat(Configurable.CRIMINAL_THRESHOLD.requireAdd(all, ConfigOwner.of(PROVINCE)).level())
                .isEqualTo(ConfigLevel.PROVINCE);
    }

    @Test
    void a_county_grant_edits_its_county_only_never_the_other_county_or_a_higher_level() {
        Actor county = grant(Permission.TEMPLATE_MANAGE, LICHENG);
        assertThat(Configurable.REPORT_TEMPLATE.mayEdit(county, ConfigOwner.of(LICHENG))).isTrue();
        assertThat(Configurable.REPORT_TEMPLATE.mayEdit(county, ConfigOwner.of(PINGSHUN))).isFalse();
        assertThat(Configurable.REPORT_TEMPLATE.mayEdit(county, ConfigOwner.of(CITY))).isFalse();
        assertThat(Configurable.REPORT_TEMPLATE.mayEdit(county, ConfigOwner.NATIONAL)).isFalse();
        assertThat(Configurable.REPORT_TEMPLATE.requireAdd(county, null)).isEqualTo(ConfigOwner.of(LICHENG));
        assertThatThrownBy(() -> Configurable.REPORT_TEMPLATE.requireEdit(county, ConfigOwner.of(PINGSHUN)))
                .isInstanceOf(AccessDeniedProblem.class).hasMessageContaining("县级（140425）");
        // the city's grant covers the city and its counties
        Actor city = grant(Permission.TEMPLATE_MANAGE, CITY);
        assertThat(Configurable.REPORT_TEMPLATE.mayEdit(city, ConfigOwner.of(PINGSHUN))).isTrue();
        assertThat(Configurable.REPORT_TEMPLATE.mayEdit(city, ConfigOwner.of(PROVINCE))).isFalse();
    }

    @Test
    void a_county_may_neither_add_nor_change_a_criminal_threshold_even_with_the_permission() {
        Actor county = grant(Permission.CASE_SETTINGS, LICHENG);
        assertThatThrownBy(() -> Configurable.CRIMINAL_THRESHOLD.requireAdd(county, null))
                .isInstanceOf(AccessDeniedProblem.class).hasMessageContaining("县级不能新增或修改");
        assertThat(Configurable.CRIMINAL_THRESHOLD.mayEdit(county, ConfigOwner.NATIONAL)).isFalse();
        Actor province = grant(Permission.CASE_SETTINGS, PROVINCE);
        assertThat(Configurable.CRIMINAL_THRESHOLD.requireAdd(province, null)).isEqualTo(ConfigOwner.of(PROVINCE));
        assertThat(Configurable.CRIMINAL_THRESHOLD.mayEdit(province, ConfigOwner.NATIONAL)).isFalse();
    }

    @Test
    void a_units_grant_covers_a_unit_never_a_level_and_a_missing_permission_is_refused() {
        Actor unit = new Holder(Permission.TEMPLATE_MANAGE, DataScope.of(ScopeKind.UNIT_SUBTREE, "/1/2/", LICHENG, null));
        assertThat(Configurable.REPORT_TEMPLATE.mayEdit(unit, ConfigOwner.of(LICHENG))).isFalse();
        assertThatThrownBy(() -> Configurable.REPORT_TEMPLATE.requireAdd(unit, null))
                .isInstanceOf(AccessDeniedProblem.class);
        Actor other = grant(Permission.ROUTING_MANAGE, LICHENG);
        assertThat(Configurable.REPORT_TEMPLATE.mayEdit(other, ConfigOwner.of(LICHENG))).isFalse();
    }

    @Test
    void reads_take_the_most_specific_item_that_applies_to_the_region() {
        List<ConfigOwner> items = List.of(ConfigOwner.NATIONAL, ConfigOwner.of(CITY), ConfigOwner.of(PINGSHUN));
        assertThat(ConfigOwner.mostSpecific(items, o -> o, PINGSHUN)).contains(ConfigOwner.of(PINGSHUN));
        assertThat(ConfigOwner.mostSpecific(items, o -> o, LICHENG)).contains(ConfigOwner.of(CITY));
        assertThat(ConfigOwner.mostSpecific(items, o -> o, "/110000/110100/")).contains(ConfigOwner.NATIONAL);
        assertThat(ConfigOwner.mostSpecific(items, o -> o, null)).contains(ConfigOwner.NATIONAL);
        assertThat(ConfigOwner.of("/000000/")).isEqualTo(ConfigOwner.NATIONAL);
        assertThat(ConfigOwner.of(LICHENG).regionCode()).isEqualTo("140426");
        assertThat(ConfigOwner.of(LICHENG).level()).isEqualTo(ConfigLevel.COUNTY);
        assertThatThrownBy(() -> ConfigOwner.of("/14/")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A region-subtree grant of {@code permission} over the region at {@code regionPath}. */
    private static Actor grant(Permission permission, String regionPath) {
        return new Holder(permission, DataScope.of(ScopeKind.REGION_SUBTREE, "/1/2/", LICHENG, regionPath));
    }
}
