package app.rolegate.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SMTP delivery of the outbox, from MicroProfile Config (README lists the settings). Off unless
 * {@code rolegate.mail.enabled} is true: the outbox then only collects.
 */
@ApplicationScoped
public class MailSettings {
    @Inject
    @ConfigProperty(name = "rolegate.mail.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "rolegate.mail.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "rolegate.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "rolegate.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "rolegate.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "rolegate.mail.smtp.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "rolegate.mail.from", defaultValue = "rolegate@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "rolegate.mail.poll-seconds", defaultValue = "30")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "rolegate.mail.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "rolegate.mail.retry-seconds", defaultValue = "60")
    int retrySeconds;

    @Inject
    @ConfigProperty(name = "rolegate.mail.retry-max-seconds", defaultValue = "3600")
    int retryMaxSeconds;

    public boolean enabled() { return enabled; }
    public String host() { return host; }
    public int port() { return port; }
    public Optional<String> user() { return user.filter(s -> !s.isBlank()); }
    public Optional<String> password() { return password; }
    public boolean starttls() { return starttls; }
    public String from() { return from; }
    public Duration poll() { return Duration.ofSeconds(Math.max(1, pollSeconds)); }
    public int maxAttempts() { return Math.max(1, maxAttempts); }

    /** How long a server may take to send one mail before another may try it (its claim). */
    public Duration claim() {
        return Duration.ofMinutes(5);
    }

    /** The pause after the given number of failed attempts, or null when no attempt is left. */
    public Duration pauseAfter(int failedAttempts) {
        return Backoff.pauseAfter(failedAttempts, maxAttempts(), Duration.ofSeconds(Math.max(1, retrySeconds)),
                Duration.ofSeconds(Math.max(1, retryMaxSeconds)));
    }
}
