package app.rolegate.outbox.infrastructure;

import app.rolegate.outbox.MailSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends one mail over SMTP with Jakarta Mail (the server's mail-2.1 feature), as the settings say:
 * host, port, optional login and STARTTLS, with short timeouts so that an unreachable server fails an
 * attempt instead of holding the delivery.
 */
@ApplicationScoped
public class SmtpMailer {
    static final String TIMEOUT_MILLIS = "10000";

    @Inject
    MailSettings settings;

    /** A mail as it is sent. */
    public record Letter(String to, String subject, String body) {
    }

    public void send(Letter letter) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        p.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        p.put("mail.smtp.auth", Boolean.toString(settings.user().isPresent()));
        if (settings.starttls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        Session session = Session.getInstance(p);
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(settings.from(), true));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(letter.to(), true));
        m.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
        m.setText(letter.body(), StandardCharsets.UTF_8.name());
        m.setSentDate(new Date());
        if (settings.user().isPresent()) {
            Transport.send(m, settings.user().get(), settings.password().orElse(""));
        } else {
            Transport.send(m);
        }
    }
}
