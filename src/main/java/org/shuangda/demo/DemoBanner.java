package org.shuangda.demo;

import org.shuangda.platform.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Prints the demo accounts after start-up when the demo data is in the database. */
@Component
@ConditionalOnProperty(name = "shuangda.demo.enabled", havingValue = "true")
class DemoBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

    private final Settings settings;

    DemoBanner(Settings settings) {
        this.settings = settings;
    }

    @EventListener
    @Order(Integer.MAX_VALUE)
    void ready(ApplicationReadyEvent event) {
        if (settings.has(DemoDataLoader.LOADED_KEY)) {
            log.info("""
                    Demo accounts (password {}):
                      admin              system admin (accounts, units, calendar; no handling: 三员分立)
                      changzhi.security  security admin (roles, tokens, lockouts)   changzhi.auditor  audit reader
                      changzhi.office    长治市 leading-group office     shanxi.office     province-level reviewer
                      licheng.office     黎城县 leading-group office     pingshun.office   平顺县
                      licheng.reporter   黎城县工商局 unit reporter       licheng.officer   enforcement officer
                      licheng.police     police receiver                  licheng.prosecutor prosecutor
                      licheng.leader     read-only leader                 licheng.admin     county system admin
                      licheng.head       黎城县工商局 head (approves)      licheng.agent     12315 hotline agent
                      licheng.inspector  second enforcement officer (co-承办人)
                    API: Authorization: Bearer {} (admin), {} (licheng.officer)
                    Public tracking page /public/filings/track: {}""", IdentityDemo.PASSWORD, IdentityDemo.ADMIN_TOKEN,
                    IdentityDemo.OFFICER_TOKEN, settings.get(ComplaintsDemo.SAMPLE_KEY).orElse("-"));
        }
    }
}
