package db.migration;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The one migration: the region table and the product's 3,200 GB/T 2260 regions (no quoted fields in it). */
public class V1__Regions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement ddl = context.getConnection().createStatement()) {
            ddl.execute("create table region (code char(6) primary key, name varchar(100) not null, "
                    + "level varchar(10) not null, parent_code char(6), valid_from date not null, valid_to date)");
        }
        try (BufferedReader csv = new BufferedReader(new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream("db/regions/regions.csv"), StandardCharsets.UTF_8));
                PreparedStatement insert = context.getConnection().prepareStatement(
                        "insert into region values (?, ?, ?, ?, ?, ?)")) {
            csv.readLine();
            for (String line = csv.readLine(); line != null; line = csv.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] r = line.split(",", -1);
                insert.setString(1, r[0]);
                insert.setString(2, r[1]);
                insert.setString(3, r[2]);
                insert.setString(4, r[3].isBlank() ? null : r[3]);
                insert.setDate(5, Date.valueOf(r[4]));
                insert.setDate(6, r.length > 5 && !r[5].isBlank() ? Date.valueOf(r[5]) : null);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
