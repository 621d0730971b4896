package org.shuangda.shared;

/**
 * Every kind of configuration the platform lets people edit, with the permission that edits it and the lowest
 * level that may own a version of its own: one rule for all of them, checked by {@link #requireEdit} and
 * {@link #requireAdd} in the one service method that writes each kind.
 *
 * <p>Why: a county administrator could change the criminal thresholds, the document templates and the report
 * templates that every other county uses (issue 11). Configuration now belongs to a level: national and
 * provincial defaults are edited only by someone whose scope for the permission covers that level (scope ALL
 * for national); a county adds its own version where the rule allows, which then applies in the county only
 * ({@link ConfigOwner#mostSpecific}); nobody changes the item of another region or of a higher level. A new
 * kind (the rulebook of statutory periods, assessment schemes) adds a constant here, an
 * {@code owner_region_path} column, and calls these two checks.
 */
public enum Configurable {
    /**
     * 立案追诉标准: national law (《最高人民检察院 公安部关于公安机关管辖的刑事案件立案追诉标准的规定》), which a
     * province may make specific; a city or county neither adds nor changes one.
     */
    CRIMINAL_THRESHOLD(Permission.CASE_SETTINGS, ConfigLevel.PROVINCE, "立案追诉标准"),
    /** 文书模板 (立案审批表, 行政处罚决定书, 移送书): a county may use its own. */
    CASE_DOCUMENT_TEMPLATE(Permission.CASE_SETTINGS, ConfigLevel.COUNTY, "文书模板"),
    /** 统计报表模板: a county office may keep its own templates for its rounds. */
    REPORT_TEMPLATE(Permission.TEMPLATE_MANAGE, ConfigLevel.COUNTY, "报表模板"),
    /**
     * 投诉举报分派规则: each region routes its own matters; a rule belongs to the region it routes (down to a town,
     * whose rules the county's office writes).
     */
    ROUTING_RULE(Permission.ROUTING_MANAGE, ConfigLevel.TOWN, "分派规则"),
    /**
     * 时限规则 (calendar/Rulebook): the statutory periods are national law and the platform's administrators keep
     * them (CALENDAR_MANAGE, like the working-day calendar); a province may keep its own value where its rules
     * differ, citing them; a city or county may not.
     */
    STATUTORY_RULE(Permission.CALENDAR_MANAGE, ConfigLevel.PROVINCE, "时限规则"),
    /**
     * 失信联合惩戒措施 (credit.alerts.Measures): the national measures apply everywhere; a province, city or county
     * keeps its own measures, which apply to listings by its authorities.
     */
    CREDIT_MEASURE(Permission.CREDIT_SETTINGS, ConfigLevel.COUNTY, "失信联合惩戒措施"),
    /**
     * 信用预警规则 (credit.alerts.WarningRules): national defaults; a province, city or county may set its own
     * thresholds, which apply to what happens in its region.
     */
    CREDIT_WARNING_RULE(Permission.CREDIT_SETTINGS, ConfigLevel.COUNTY, "信用预警规则");

    private final Permission permission;
    private final ConfigLevel lowestOwner;
    private final String label;

    Configurable(Permission permission, ConfigLevel lowestOwner, String label) {
        this.permission = permission;
        this.lowestOwner = lowestOwner;
        this.label = label;
    }

    public Permission permission() {
        return permission;
    }

    /** The narrowest level that may own a version of its own (a narrower one may neither add nor edit). */
    public ConfigLevel lowestOwner() {
        return lowestOwner;
    }

    public String label() {
        return label;
    }

    /**
     * Whether {@code actor} may change an item owned by {@code owner}: the actor's scope for the permission covers
     * the owner's whole region (a region-subtree grant there or above, or scope ALL; a unit's grant covers a unit,
     * never a level), and the owner's level may own this kind at all.
     */
    public boolean mayEdit(Actor actor, ConfigOwner owner) {
        return actor.can(permission) && owner.level().atOrAbove(lowestOwner)
                && covers(actor.scopeFor(permission), owner);
    }

    /** {@link #mayEdit}, or 403 with the reason in Chinese (the item's region is the actor's to see). */
    public void requireEdit(Actor actor, ConfigOwner owner) {
        actor.require(permission);
        if (!mayEdit(actor, owner)) {
            throw new AccessDeniedProblem(owner.national()
                    ? label + "属于国家，只能由具有全国范围权限的人员修改。"
                    : label + "属于" + describe(owner) + "，只能由该地区或其上级具有相应权限的人员修改，其他地区不能修改。");
        }
    }

    /**
     * A new item owned by {@code owner} (null: the actor's own level, {@link #ownLevel}) may be added by the
     * actor, or 403 naming the rule: a level below {@link #lowestOwner} may not add one (a county may not add
     * a criminal threshold), nor anyone outside the owner's region.
     *
     * @return the owner the new item gets
     */
    public ConfigOwner requireAdd(Actor actor, ConfigOwner owner) {
        actor.require(permission);
        ConfigOwner target = owner != null ? owner : ownLevel(actor);
        if (!target.level().atOrAbove(lowestOwner)) {
            throw new AccessDeniedProblem(label + "由" + lowestOwner.label() + "及以上规定，" + target.level().label()
                    + "不能新增或修改。");
        }
        if (!covers(actor.scopeFor(permission), target)) {
            throw new AccessDeniedProblem("您的权限范围不包括" + describe(target) + "，不能为其新增" + label + "。");
        }
        return target;
    }

    /**
     * The widest level the actor's scope for the permission covers: national for scope ALL, else the shortest
     * region of a region-subtree grant, else (a unit's grant only) the region of the actor's unit, which
     * {@link #mayEdit} then refuses.
     */
    public ConfigOwner ownLevel(Actor actor) {
        DataScope scope = actor.scopeFor(permission);
        if (scope.all()) {
            return ConfigOwner.NATIONAL;
        }
        return scope.regionPatterns().stream().filter(p -> p.endsWith("/%"))
                .map(p -> p.substring(0, p.length() - 1)).min(java.util.Comparator.comparingInt(String::length))
                .map(ConfigOwner::of).orElseGet(() -> ConfigOwner.of(actor.unitRegionPath()));
    }

    private static boolean covers(DataScope scope, ConfigOwner owner) {
        if (scope.all()) {
            return true;
        }
        // a region-subtree grant at the owner's region or above: its pattern is a prefix of the owner's path
        return !owner.national() && scope.regionPatterns().stream().anyMatch(p -> p.endsWith("%")
                && owner.regionPath().startsWith(p.substring(0, p.length() - 1)));
    }

    private static String describe(ConfigOwner owner) {
        return owner.national() ? "国家" : owner.level().label() + "（" + owner.regionCode() + "）";
    }
}
