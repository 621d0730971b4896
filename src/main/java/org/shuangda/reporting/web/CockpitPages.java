package org.shuangda.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.reporting.rollups.Cockpits;
import org.shuangda.reporting.workbooks.CockpitWorkbook;
import org.shuangda.shared.Actor;
import org.shuangda.shared.web.ExportAudit;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /cockpit}: the read-only cockpit of an upper office or a leader ({@link Cockpits}): every campaign of
 * his scope, one campaign's board at a region (drill-down by {@code region=}), a unit's submissions, and the
 * board as XLSX. Read only: no form on these pages.
 */
@Controller
class CockpitPages {

    private final Cockpits cockpits;
    private final MessageSource messages;
    private final ExportAudit exports;
    private final Clock clock;

    CockpitPages(Cockpits cockpits, MessageSource messages, ExportAudit exports, Clock clock) {
        this.cockpits = cockpits;
        this.messages = messages;
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping("/cockpit")
    String cockpit(Actor me, @RequestParam(required = false) Long campaign, @RequestParam(required = false) Long round,
            @RequestParam(required = false) String region, @RequestParam(required = false) String indicator,
            Model model) {
        if (campaign == null) {
            model.addAttribute("boards", cockpits.overview(me, 50));
            return "reporting/cockpit";
        }
        model.addAttribute("board", cockpits.board(me, campaign, round, region, indicator));
        return "reporting/cockpit-board";
    }

    @GetMapping("/cockpit/units/{unit}")
    String unit(Actor me, @PathVariable long unit, @RequestParam long campaign, Model model) {
        model.addAttribute("history", cockpits.unit(me, campaign, unit));
        return "reporting/cockpit-unit";
    }

    @GetMapping("/cockpit.xlsx")
    ResponseEntity<byte[]> export(Actor me, @RequestParam long campaign, @RequestParam(required = false) Long round,
            @RequestParam(required = false) String region, @RequestParam(required = false) String indicator,
            Locale locale, HttpServletRequest request) {
        Cockpits.Board board = cockpits.board(me, campaign, round, region, indicator);
        CockpitWorkbook.Labels labels = new CockpitWorkbook.Labels(msg("reporting.cockpit.sheet", locale),
                msg("reporting.cockpit.region", locale), msg("reporting.cockpit.readOn", locale),
                List.of(msg("reporting.cockpit.rank", locale), msg("reporting.cockpit.regionColumn", locale),
                        msg("reporting.cockpit.expected", locale), msg("reporting.cockpit.handedIn", locale),
                        msg("reporting.cockpit.returned", locale), msg("reporting.cockpit.missing", locale),
                        msg("reporting.cockpit.accepted", locale), msg("reporting.cockpit.reportedRate", locale)),
                msg("reporting.cockpit.ownUnits", locale), msg("reporting.cockpit.unit", locale),
                msg("reporting.cockpit.status", locale));
        byte[] xlsx = CockpitWorkbook.write(board, labels, LocalDate.now(clock.withZone(WorkingCalendar.ZONE)).toString(),
                u -> u.status() == null ? msg("reporting.cockpit.notStarted", locale)
                        : msg("reporting.status." + u.status(), locale));
        String fileName = board.title() + "-" + board.round().name() + "-" + board.regionName() + ".xlsx";
        exports.exported(me, "campaign", campaign, fileName, request);
        String name = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + name)
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(xlsx);
    }

    private String msg(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
