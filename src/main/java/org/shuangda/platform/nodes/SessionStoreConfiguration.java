package org.shuangda.platform.nodes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Web sessions live in PostgreSQL (Spring Session JDBC, tables of V162), so a user signed in through one node
 * continues on any other, and sign-out and the timeout hold everywhere. The PostgreSQL customizer turns the
 * attribute writes into {@code insert … on conflict do update}, so two requests of one session landing on two
 * nodes at once do not fail on a duplicate key.
 *
 * <p>Ending a user's sessions when their rights change (password, disabling, roles, unit) needs nothing here:
 * the principal is serialised into the session row with its {@code rights_version}, and
 * {@code identity.SessionRightsFilter} compares it with the database on the session's next request, whichever
 * node serves it.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
