package org.shuangda.platform.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** SHUANGDA_DB_* name the database under prod; SPRING_DATASOURCE_* and configuration files keep their places. */
class DatabaseVariablesTest {

    @Test
    void underProdTheVariablesSetNameTheDatabase() {
        StandardEnvironment environment = environment(Map.of("SHUANGDA_DB_URL", "jdbc:postgresql://db/shuangda",
                "SHUANGDA_DB_USER", "shuangda", "SHUANGDA_DB_PASSWORD", ""), "prod");
        new DatabaseVariables().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/shuangda");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("shuangda");
        assertThat(environment.getProperty("spring.datasource.password")).as("an empty variable is not passed on")
                .isNull();
    }

    @Test
    void springDatasourceVariablesWinAndConfigurationFilesLose() {
        StandardEnvironment environment = environment(Map.of("SHUANGDA_DB_URL", "jdbc:postgresql://db/a",
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://db/b"), "prod");
        environment.getPropertySources().addLast(new MapPropertySource("application-prod.yml",
                Map.of("spring.datasource.username", "from-file")));
        environment.getPropertySources().addLast(new MapPropertySource("application.yml",
                Map.of("spring.datasource.url", "jdbc:postgresql://db/file")));
        new DatabaseVariables().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/b");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("from-file");
    }

    @Test
    void withoutProdNothingChanges() {
        StandardEnvironment environment = environment(Map.of("SHUANGDA_DB_URL", "jdbc:postgresql://db/a"));
        new DatabaseVariables().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.datasource.url")).as("the embedded default stays").isNull();
    }

    private static StandardEnvironment environment(Map<String, Object> variables, String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.setActiveProfiles(profiles);
        return environment;
    }
}
