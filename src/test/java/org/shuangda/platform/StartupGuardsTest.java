package org.shuangda.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangda.ShuangdaApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

class StartupGuardsTest {

    @Test
    void aSecondInstanceOnTheSameDataDirectoryStopsWithAClearMessage(@TempDir Path data) throws Exception {
        try (DataDirectoryLock first = DataDirectoryLock.acquire(data)) {
            assertThatThrownBy(() -> DataDirectoryLock.acquire(data))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another Shuangda is already running")
                    .hasMessageContaining(data.toAbsolutePath().toString());
        }
        try (DataDirectoryLock again = DataDirectoryLock.acquire(data)) {
            assertThat(again).isNotNull(); // released with the first instance
        }
    }

    @Test
    void theProdProfileRefusesTheEmbeddedDatabase(@TempDir Path data) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ShuangdaApplication.class).profiles("prod")
                .properties("server.port=0", "shuangda.embedded.data-dir=" + data).run().close())
                .hasStackTraceContaining("SPRING_DATASOURCE_URL");
    }
}
