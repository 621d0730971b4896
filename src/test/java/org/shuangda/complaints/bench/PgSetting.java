package org.shuangda.complaints.bench;

import java.sql.Connection;
import java.sql.Statement;

/** Sets server parameters with ALTER SYSTEM and reloads (commit_delay, commit_siblings): {@code jdbcUrl name value …}. */
public final class PgSetting {

    public static void main(String[] args) throws Exception {
        try (Connection c = ComplaintsLoadDriver.connect(args[0]); Statement s = c.createStatement()) {
            for (int i = 1; i + 1 < args.length; i += 2) {
                if (!args[i].matches("[a-z_]+") || !args[i + 1].matches("[0-9a-z]+")) {
                    throw new IllegalArgumentException("bad setting " + args[i]);
                }
                s.execute("alter system set " + args[i] + " = '" + args[i + 1] + "'");
            }
            s.execute("select pg_reload_conf()");
            try (var rs = s.executeQuery("select name || '=' || setting from pg_settings where name in "
                    + "('synchronous_commit','fsync','commit_delay','commit_siblings') order by 1")) {
                StringBuilder out = new StringBuilder("postgres:");
                while (rs.next()) {
                    out.append(' ').append(rs.getString(1));
                }
                System.out.println(out);
            }
        }
    }
}
