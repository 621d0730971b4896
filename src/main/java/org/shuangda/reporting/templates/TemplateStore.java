package org.shuangda.reporting.templates;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shuangda.reporting.Figures;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.Rule;
import org.shuangda.reporting.Severity;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.TemplateVersion;
import org.shuangda.reporting.ValueType;
import org.shuangda.shared.ConfigOwner;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind templates: headers, indicators, rules and versions. No permission checks here: the callers
 * (the catalog, the editor, the rounds and roll-ups that already checked theirs) decide who may read.
 */
@Component
public class TemplateStore {

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The template with its indicators and rules; 404 when there is none. */
    public Template load(long id) {
        Template header = jdbc.sql("select id, code, name, figures, version, builtin from report_template where id = :id")
                .param("id", id)
                .query((rs, n) -> new Template(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        Figures.valueOf(rs.getString("figures")), rs.getInt("version"), rs.getBoolean("builtin"),
                        List.of(), List.of()))
                .optional().orElseThrow(() -> new NotFoundProblem("template", id));
        List<Indicator> indicators = jdbc.sql("""
                select id, code, name, measure, value_type, formula, breakdowns, sort_order
                  from report_indicator where template_id = :id order by sort_order, id""")
                .param("id", id).query(TemplateStore::indicator).list();
        List<Rule> rules = jdbc.sql("""
                select id, code, expression, severity, message_zh, message_en
                  from report_rule where template_id = :id order by id""")
                .param("id", id).query((rs, n) -> new Rule(rs.getLong("id"), rs.getString("code"),
                        rs.getString("expression"), Severity.valueOf(rs.getString("severity")),
                        rs.getString("message_zh"), rs.getString("message_en")))
                .list();
        return new Template(header.id(), header.code(), header.name(), header.figures(), header.version(),
                header.builtin(), indicators, rules);
    }

    /** See {@link org.shuangda.reporting.Templates#columnsFor}; rounds in order, the newest last. */
    public Template columnsFor(List<Round> rounds) {
        List<Long> ids = rounds.stream().map(Round::templateId).distinct().toList();
        Template newest = load(rounds.get(rounds.size() - 1).templateId());
        if (ids.size() == 1) {
            return newest;
        }
        List<Indicator> columns = new ArrayList<>(newest.indicators());
        Set<String> codes = new HashSet<>(newest.codes());
        for (long id : ids) {
            if (id == newest.id()) {
                continue;
            }
            for (Indicator indicator : load(id).indicators()) {
                if (codes.add(indicator.code())) {
                    columns.add(indicator);
                }
            }
        }
        return new Template(newest.id(), newest.code(), newest.name(), newest.figures(), newest.version(),
                newest.builtin(), columns, newest.rules());
    }

    /** Every template's id, the built-in ones first, then by code. */
    List<Long> ids() {
        return jdbc.sql("select id from report_template order by builtin desc, code").query(Long.class).list();
    }

    List<TemplateVersion> versions() {
        return jdbc.sql("""
                select t.id, t.code, t.name, t.version, t.builtin, t.current, t.based_on, t.changed_at, t.changed_by,
                       (select count(*) from report_round o where o.template_id = t.id) as rounds
                  from report_template t order by t.builtin desc, t.code, t.version desc""")
                .query((rs, n) -> new TemplateVersion(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getInt("version"), rs.getBoolean("builtin"), rs.getBoolean("current"),
                        rs.getObject("based_on", Long.class), rs.getInt("rounds"),
                        rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by")))
                .list();
    }

    /**
     * Whether the template is its code's current version (empty: no such template), holding a share lock
     * until commit: a round being opened on it and an edit that would supersede it ({@link #lockForEdit})
     * happen one after the other, so no round is opened on a version superseded meanwhile.
     */
    public Optional<Boolean> currentHeldForRound(long id) {
        return jdbc.sql("select current from report_template where id = :id for share").param("id", id)
                .query(Boolean.class).optional();
    }

    /** Locks the template's row until commit (two offices saving at once make one version after the other). */
    boolean lockForEdit(long id) {
        return jdbc.sql("select id from report_template where id = :id for update").param("id", id).query(Long.class)
                .optional().isPresent();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from report_template where code = :c").param("c", code)
                .query(Long.class).single() > 0;
    }

    int roundsUsing(long id) {
        return jdbc.sql("select count(*) from report_round where template_id = :id").param("id", id)
                .query(Integer.class).single();
    }

    long insertHeader(String code, String name, Figures figures, int version, Long basedOn, String by,
            OffsetDateTime at, ConfigOwner owner) {
        return jdbc.sql("""
                insert into report_template (code, name, figures, version, based_on, changed_by, changed_at,
                                             owner_region_path)
                values (:c, :n, :f, :v, :b, :by, :at, :owner) returning id""")
                .param("c", code).param("n", name.strip()).param("f", figures.name()).param("v", version)
                .param("b", basedOn).param("by", by).param("at", at).param("owner", owner.regionPath())
                .query(Long.class).single();
    }

    /** Who owns the template (every version of a code has the owner of its first). */
    Optional<ConfigOwner> owner(long id) {
        return jdbc.sql("select owner_region_path from report_template where id = :id").param("id", id)
                .query((rs, n) -> ConfigOwner.of(rs.getString(1))).optional();
    }

    void updateHeader(long id, String name, Figures figures, String by, OffsetDateTime at) {
        jdbc.sql("update report_template set name = :n, figures = :f, changed_at = :at, changed_by = :by where id = :id")
                .param("n", name.strip()).param("f", figures.name()).param("at", at).param("by", by).param("id", id)
                .update();
    }

    /** The version stops being its code's current one (a newer version replaces it for new rounds). */
    void supersede(long id) {
        jdbc.sql("update report_template set current = false where id = :id").param("id", id).update();
    }

    /** Removes the indicators and rules of a template no round uses, before writing the edited ones. */
    void deleteContent(long id) {
        jdbc.sql("delete from report_rule where template_id = :id").param("id", id).update();
        jdbc.sql("delete from report_indicator where template_id = :id").param("id", id).update();
    }

    /** Writes the form's indicators (in its order) and rules under template {@code id}. */
    void insertContent(long id, TemplateForm form) {
        int order = 10;
        for (TemplateForm.IndicatorForm i : form.indicators()) {
            jdbc.sql("""
                    insert into report_indicator (template_id, code, name, measure, value_type, formula, breakdowns,
                                                  sort_order)
                    values (:t, :code, :name, :measure, :type, :formula, :breakdowns, :order)""")
                    .param("t", id).param("code", i.code()).param("name", i.name().strip()).param("measure", i.measure())
                    .param("type", i.type().name()).param("formula", TemplateValidator.blankToNull(i.formula()))
                    .param("breakdowns", (i.breakdowns() == null ? List.<String>of() : i.breakdowns()).stream()
                            .map(String::strip).toArray(String[]::new))
                    .param("order", order).update();
            order += 10;
        }
        for (TemplateForm.RuleForm r : TemplateValidator.rules(form)) {
            jdbc.sql("""
                    insert into report_rule (template_id, code, expression, severity, message_zh, message_en)
                    values (:t, :code, :expression, :severity, :zh, :en)""")
                    .param("t", id).param("code", r.code()).param("expression", r.expression().strip())
                    .param("severity", r.severity().name()).param("zh", r.messageZh().strip())
                    .param("en", r.messageEn() == null || r.messageEn().isBlank() ? r.messageZh().strip() : r.messageEn().strip())
                    .update();
        }
    }

    private static Indicator indicator(ResultSet rs, int n) throws SQLException {
        Array breakdowns = rs.getArray("breakdowns");
        return new Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("measure"),
                ValueType.valueOf(rs.getString("value_type")), rs.getString("formula"),
                breakdowns == null ? List.of() : Arrays.asList((String[]) breakdowns.getArray()),
                rs.getInt("sort_order"));
    }
}
