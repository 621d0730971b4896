package org.shuangda.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The conventions of docs/architecture.md that Spring Modulith's own check cannot see: SQL names only the
 * module's own tables and what others publish ({@link TableOwners}), only {@code web} and {@code identity}
 * code touches Spring Security's context (everyone else receives the {@code Actor} as a parameter), and only
 * stores hold a {@code JdbcClient} (reporting's roll-up queries excepted, see {@link Allowed}).
 */
class ArchitectureRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/shuangda");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.shuangda");

    /** A table or view named after a keyword that reads or writes it, inside a Java string or text block. */
    private static final Pattern TABLE_REFERENCE = Pattern.compile(
            "\\b(?:from|join|into|update|table)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRING_LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);

    @Test
    void everyTableCreatedByAMigrationHasAnOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        Pattern create = Pattern.compile("create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)",
                Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.toList()) {
                Matcher m = create.matcher(Files.readString(file));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            }
        }
        created.removeAll(TableOwners.OWNER.keySet());
        created.removeAll(TableOwners.FRAMEWORK);
        assertThat(created).as("tables without an owner in TableOwners.OWNER").isEmpty();
    }

    @Test
    void sqlNamesOnlyTheModulesOwnTablesAndPublishedViews() throws IOException {
        Set<String> violations = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = moduleOf(file);
                if (module == null) {
                    continue;
                }
                Matcher literal = STRING_LITERAL.matcher(Files.readString(file));
                while (literal.find()) {
                    String sql = literal.group(1) != null ? literal.group(1) : literal.group(2);
                    Matcher ref = TABLE_REFERENCE.matcher(sql);
                    while (ref.find()) {
                        String table = ref.group(1).toLowerCase();
                        String owner = TableOwners.OWNER.get(table);
                        if (owner != null && !owner.equals(module)) {
                            violations.add(module + " " + file.getFileName() + " -> " + table + " (" + owner + ")");
                        }
                    }
                }
            }
        }
        dump("foreign-tables", violations);
        assertThat(violations).as("SQL naming another module's table: use its published query or pub_* view").isEmpty();
    }

    @Test
    void onlyWebAndIdentityTouchTheSecurityContext() {
        Set<String> violations = new TreeSet<>();
        noClasses().that().resideOutsideOfPackages("..web..", "org.shuangda.identity..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.security.core.context..")
                .allowEmptyShould(true).evaluate(CLASSES).getFailureReport().getDetails().forEach(line -> {
                    Matcher m = Pattern.compile("<(org\\.shuangda\\.[\\w.$]*?\\.[A-Z][\\w$]*)").matcher(line);
                    if (m.find()) {
                        violations.add(topLevel(m.group(1)));
                    } else {
                        violations.add(line);
                    }
                });
        dump("security-context", violations);
        assertThat(violations).as("read the Actor from a parameter, not from the security context").isEmpty();
    }

    @Test
    void onlyStoresHoldAJdbcClient() {
        Set<String> violations = new TreeSet<>();
        for (JavaClass type : CLASSES) {
            for (JavaField field : type.getFields()) {
                String fieldType = field.getRawType().getName();
                if ((fieldType.equals("org.springframework.jdbc.core.simple.JdbcClient")
                        || fieldType.startsWith("org.springframework.jdbc.core.JdbcTemplate")
                        || fieldType.startsWith("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate"))
                        && !type.getSimpleName().endsWith("Store")) {
                    violations.add(topLevel(type.getName()));
                }
            }
        }
        dump("jdbc-outside-stores", violations);
        violations.removeAll(Allowed.ROLLUP_QUERIES);
        assertThat(violations).as("a JdbcClient outside a *Store class: move the SQL into the aggregate's store").isEmpty();
    }

    /**
     * Records leave as files only with an audit entry (issue 11): a source that builds a download (sets a
     * {@code Content-Disposition}) names {@code ExportAudit}, or is one of {@link Allowed#DOWNLOADS_NOT_AUDITED}.
     */
    @Test
    void everyDownloadIsAuditedAsAnExport() throws IOException {
        Set<String> violations = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if ((source.contains("CONTENT_DISPOSITION") || source.contains("ContentDisposition"))
                        && !source.contains("ExportAudit")) {
                    violations.add(SOURCES.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", ""));
                }
            }
        }
        dump("downloads-not-audited", violations);
        violations.removeAll(Allowed.DOWNLOADS_NOT_AUDITED);
        assertThat(violations).as("a download without ExportAudit.exported: record who exported what").isEmpty();
    }

    /** Every finding, allowed or not, in target/architecture/NAME.txt, to read when a rule fails. */
    private static void dump(String name, Set<String> violations) {
        try {
            Path dir = Files.createDirectories(Path.of("target/architecture"));
            Files.write(dir.resolve(name + ".txt"), violations);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String topLevel(String className) {
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }

    /** {@code org/shuangda/cases/transfer/X.java} → {@code cases}; the application class has none. */
    private static String moduleOf(Path file) {
        Path relative = SOURCES.relativize(file);
        return relative.getNameCount() < 2 ? null : relative.getName(0).toString();
    }

    /** Owners of the tables (the module whose package may name them in SQL). */
    static final class TableOwners {

        static final Set<String> FRAMEWORK = Set.of("event_publication", "flyway_schema_history");

        static final Map<String, String> OWNER = owners(Map.of(
                "organization", "region unit leading_group leading_group_member",
                "identity", "role app_user user_role api_token login_unknown_attempt password_history user_totp",
                "platform", "app_setting",
                "calendar", "calendar_day calendar_revision statutory_rule",
                "audit", "audit_entry audit_pending",
                "entities", "market_entity entity_import_batch entity_import_row",
                "campaigns", "campaign campaign_member campaign_phase campaign_task campaign_task_cooperator task_progress",
                "reporting", "report_comment report_indicator report_region_progress report_region_signoff "
                        + "report_region_total report_reopen report_round report_rule report_submission "
                        + "report_template submission_value reminder_log",
                "briefings", "briefing briefing_paragraph briefing_publication",
                "cases", "case_attachment case_clock_extension case_clock_pause case_document_template case_goods "
                        + "case_unit_abbreviation "
                        + "case_seizure case_seizure_item "
                        + "case_number_sequence case_officer case_party case_progress case_timeline clue "
                        + "enforcement_case case_transfer case_transfer_step criminal_threshold penalty_publication "
                        + "penalty_publication_revision transfer_document transfer_opinion"),
                Map.of("complaints", "filing filing_attachment filing_event filing_routing_rule",
                        "privacy", "identity_opening"),
                // 转办 to oneself waiting for the unit head (issue 11, V95)
                Map.of("complaints", "filing_reroute_request filing_clock_pause"),
                // the message centre (issue 13, V114; the daily notices of due items, V145)
                Map.of("messages", "inbox_message due_notice_sent"),
                // credit supervision (issue 14, V125)
                Map.of("credit", "credit_fact"),
                // credit: record and restoration
                Map.of("credit", "credit_restoration credit_restoration_paper"),
                // credit: listings
                Map.of("credit", "credit_listing credit_listing_step"),
                // credit: grades
                Map.of("credit", "credit_risk_scheme credit_risk_grade credit_risk_grade_history credit_risk_run"),
                // credit: alerts and measures
                Map.of("credit", "credit_measure credit_warning_rule credit_warning credit_complaint"),
                // inspections: draw (issue 16)
                Map.of("inspections", "inspection_item inspection_item_revision inspection_plan inspection_task "
                        + "inspection_task_item inspection_pool inspection_conflict inspection_supervisor "
                        + "inspection_redraw_request inspection_draw inspection_draw_target inspection_draw_inspector "
                        + "inspection_result inspection_result_photo inspection_inspector"),
                // inspections: records (issue 16)
                Map.of("inspections", "key_market key_market_seller inspection_record inspection_record_unit "
                        + "inspection_record_officer inspection_record_entity inspection_record_market"),
                // leadership (issue 15)
                Map.of("leadership", "meeting meeting_invitee meeting_agenda_item meeting_decision work_group work_group_member "
                        + "fund_allocation fund_movement software_unit software_entry software_check"
                        + " commendation_round commendation_nomination"),
                // assessment (issue 18)
                Map.of("assessment", "assessment_scheme assessment_scheme_target assessment_category assessment_item "
                        + "assessment_run assessment_run_item assessment_evidence assessment_evidence_version "
                        + "assessment_evidence_item assessment_appeal assessment_bulletin assessment_bulletin_paragraph "
                        + "supervision_visit supervision_check supervision_finding"),
                // publicity activities (issue 18, V210)
                Map.of("publicity", "publicity_activity publicity_photo"),
                // sampling (issue 17)
                Map.of("sampling", "sampling_lab sampling_lab_tie sampling_plan sampling_plan_category sampling_plan_lab "
                        + "sampling_sample sampling_sample_step sampling_file sampling_backup sampling_retest_draw "
                        + "sampling_objection sampling_follow_up sampling_draw_pool sampling_draw sampling_draw_target "
                        + "sampling_draw_sampler sampling_sample_draw"),
                // several nodes (issue 19): rate-limit windows; Spring Session's and ShedLock's tables
                Map.of("platform", "rate_limit_window spring_session spring_session_attributes shedlock"));

        @SafeVarargs
        private static Map<String, String> owners(Map<String, String>... byModule) {
            Map<String, String> owners = new java.util.HashMap<>();
            for (Map<String, String> part : byModule) {
                part.forEach((module, tables) -> {
                    for (String table : tables.trim().split("\\s+")) {
                        if (table.isEmpty()) {
                            continue;
                        }
                        owners.put(table, module);
                    }
                });
            }
            return Map.copyOf(owners);
        }
    }
}
