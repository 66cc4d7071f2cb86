package app.rolegate.administration;

import app.rolegate.audit.AuditLog;
import app.rolegate.audit.AuditRecord;
import app.rolegate.company.Company;
import app.rolegate.company.CompanyRepository;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.membership.Memberships;
import app.rolegate.platform.Actor;
import app.rolegate.platform.Today;
import app.rolegate.platform.migration.SchemaMigration;
import app.rolegate.user.Accounts;
import app.rolegate.user.UserAccount;
import app.rolegate.user.UserRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * First start (SPEC 5.6): after the schema is migrated, creates the platform operator's company
 * and the platform support account {@code support}, with the password from
 * {@code ROLEGATE_SUPPORT_PASSWORD} or a generated one written once to the log; then announces
 * {@link PlatformStarted}, on which the demo data set is made when asked for.
 */
@Singleton
@Startup
public class FirstStart {
    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @EJB
    SchemaMigration schema;

    @Inject
    UserRepository users;

    @Inject
    CompanyRepository companies;

    @Inject
    Accounts accounts;

    @Inject
    Memberships memberships;

    @Inject
    AuditLog audit;

    @Inject
    Today today;

    @Inject
    Config config;

    @Inject
    Event<PlatformStarted> started;

    @PostConstruct
    void start() {
        LOG.fine(() -> "schema " + schema.version());
        if (users.findByUserId("support").isEmpty()) {
            createSupport();
        }
        started.fire(new PlatformStarted(users.findByUserId("support").orElseThrow().id()));
    }

    private void createSupport() {
        Company operator = companies.add(new Company("Platform operator", null, false, null, false, false, today.now()));
        Optional<String> configured = config.getOptionalValue("ROLEGATE_SUPPORT_PASSWORD", String.class)
                .or(() -> config.getOptionalValue("rolegate.support.password", String.class));
        String password = configured.orElseGet(FirstStart::generatePassword);
        UserAccount support = users.add(UserAccount.platformSupport(operator.id(), accounts.hash(password.toCharArray()),
                today.now()));
        memberships.open(support.id(), operator, MembershipTerms.defaults());
        audit.allowed(AuditRecord.of(Actor.system(), "platform.first-start", operator.id(), "user", "support")
                .detail("platform support account created"));
        if (configured.isEmpty()) {
            LOG.warning("Platform support account 'support' created with the generated password " + password
                    + " . It is shown only this once; set ROLEGATE_SUPPORT_PASSWORD to choose it yourself.");
        } else {
            LOG.info("Platform support account 'support' created with the password from ROLEGATE_SUPPORT_PASSWORD");
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
