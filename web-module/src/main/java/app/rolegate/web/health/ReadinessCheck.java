package app.rolegate.web.health;

import app.rolegate.platform.migration.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema migration has run and a trivial query succeeds. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
    /** Standard SQL that Derby and PostgreSQL both accept, touching no table. */
    static final String PING = "VALUES (1)";

    @Inject
    SchemaMigration migration;

    @Resource(lookup = "jdbc/rolegate")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named("rolegate");
        String version;
        try {
            version = migration.version();
        } catch (RuntimeException e) {
            return r.down().withData("schema", "migration failed: " + e.getClass().getSimpleName()).build();
        }
        if (version == null) {
            return r.down().withData("schema", "not migrated").build();
        }
        r.withData("schema", version);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(PING)) {
            return rs.next() ? r.up().withData("database", "ok").build()
                    : r.down().withData("database", "no answer").build();
        } catch (SQLException | RuntimeException e) {
            return r.down().withData("database", e.getClass().getSimpleName()).build();
        }
    }
}
