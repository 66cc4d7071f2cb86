package app.rolegate.platform.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the current version at start. Each module ships its own scripts under
 * {@code db/migration} with globally ordered versions; Flyway finds them all on the application's
 * class loader. Other start-up beans depend on this one.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/rolegate")
    private DataSource dataSource;

    private volatile String version;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(scanningLoader(SchemaMigration.class.getClassLoader()))
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * Flyway takes any class loader whose class is named com.ibm.* for classic WebSphere and then
     * finds only folders that hold a {@code flyway.location} marker file. Open Liberty's loader lists
     * {@code db/migration} in every module jar (as wsjar: URLs, which Flyway reads as jars), so a plain
     * loader delegating to it lets Flyway scan normally, without a marker in each module.
     */
    static ClassLoader scanningLoader(ClassLoader appLoader) {
        return appLoader.getClass().getName().startsWith("com.ibm") ? new ClassLoader(appLoader) {
        } : appLoader;
    }

    /** The schema version after migration; null until migrated. */
    public String version() {
        return version;
    }
}
