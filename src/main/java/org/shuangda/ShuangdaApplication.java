package org.shuangda;

import org.shuangda.platform.CleanExit;
import org.shuangda.platform.StartupProfile;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Shuangda 双打协同平台: one modular monolith, one module per package under {@code org.shuangda}. */
@SpringBootApplication
@EnableScheduling
public class ShuangdaApplication {

    public static void main(String[] args) {
        // Ctrl-C and SIGTERM end the run command cleanly (exit 0 after a graceful shutdown), see CleanExit
        CleanExit.onSignals();
        SpringApplication app = new SpringApplication(ShuangdaApplication.class);
        StartupProfile.install(app); // -Dshuangda.startup-profile=30: where the start-up's time goes (bench/README.md)
        var context = app.run(args);
        StartupProfile.report(context);
        CleanExit.started(context);
    }
}
