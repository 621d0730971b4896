package org.shuangda.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

/**
 * Where a start-up's time goes, for the start-up budget (bench/README.md, issue 20): with
 * {@code -Dshuangda.startup-profile=N} the run records Spring's start-up steps and logs the N slowest bean
 * creations (their own time, without the beans they waited for) and each step kind's total, once started.
 * Off by default: nothing is recorded.
 */
public final class StartupProfile {

    private static final Logger log = LoggerFactory.getLogger(StartupProfile.class);

    private StartupProfile() {
    }

    public static void install(SpringApplication app) {
        String n = System.getProperty("shuangda.startup-profile");
        if (n != null) {
            app.setApplicationStartup(new BufferingApplicationStartup(100_000));
        }
    }

    /** Logs the profile if one was recorded (call after the context started). */
    public static void report(org.springframework.context.ConfigurableApplicationContext context) {
        if (!(context.getApplicationStartup() instanceof BufferingApplicationStartup buffering)) {
            return;
        }
        int n = Integer.getInteger("shuangda.startup-profile", 30);
        // CPU seconds compare between runs on a busy machine where wall time does not
        log.info("start-up CPU time of the process until started: {} ms", ProcessHandle.current().info()
                .totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L));
        StartupTimeline timeline = buffering.getBufferedTimeline();
        record Step(long id, Long parent, String name, String bean, long nanos) {
        }
        List<Step> steps = new ArrayList<>();
        for (StartupTimeline.TimelineEvent e : timeline.getEvents()) {
            StartupStep s = e.getStartupStep();
            String bean = null;
            for (StartupStep.Tag tag : s.getTags()) {
                if (tag.getKey().equals("beanName")) {
                    bean = tag.getValue();
                }
            }
            steps.add(new Step(s.getId(), s.getParentId(), s.getName(), bean, e.getDuration().toNanos()));
        }
        java.util.Map<Long, Long> children = new java.util.HashMap<>();
        for (Step s : steps) {
            if (s.parent() != null) {
                children.merge(s.parent(), s.nanos(), Long::sum);
            }
        }
        java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
        steps.forEach(s -> byKind.merge(s.name(), s.nanos() - children.getOrDefault(s.id(), 0L), Long::sum));
        byKind.forEach((kind, nanos) -> log.info("start-up step {}: {} ms (own time)", kind, nanos / 1_000_000));
        steps.stream().filter(s -> s.bean() != null)
                .sorted(Comparator.comparingLong((Step s) -> s.nanos() - children.getOrDefault(s.id(), 0L)).reversed())
                .limit(n)
                .forEach(s -> log.info("start-up bean {}: {} ms own, {} ms with what it waited for", s.bean(),
                        (s.nanos() - children.getOrDefault(s.id(), 0L)) / 1_000_000, s.nanos() / 1_000_000));
    }
}
