package app.rolegate.web.api.model;

import app.rolegate.activation.application.JobRun;
import app.rolegate.idp.application.BulkVerification;
import app.rolegate.idp.application.FollowedLink;
import app.rolegate.idp.application.LinkView;
import app.rolegate.idp.application.VerifyLink;
import app.rolegate.outbox.application.MailView;
import app.rolegate.platform.Page;
import app.rolegate.user.UserFields;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request and response bodies of the identity-provider link, the outbox and the employment-based
 * activation job (SPEC 4.1, 5.3, 5.4), as {@link RequestBodies} and {@link ResponseBodies} hold the
 * others.
 */
public final class IdpBodies {
    private IdpBodies() {
    }

    public static final String[] IDP_STATES = {"NONE", "PENDING", "VERIFIED"};

    @Schema(name = "IdpVerify", description = "Verify a user's identity-provider link. Every field optional: email"
            + " defaults to the user's saved e-mail (another address only by whoever may change the user's e-mail,"
            + " D10); companyId is the company acted for (default: the user's primary company), whose verified"
            + " domains link at once and whose outbox gets the verification mail.")
    public record IdpVerifyBody(
            @Schema(maxLength = UserFields.EMAIL_MAX, format = "email", example = "bert@example.com") String email,
            Long companyId) {

        public VerifyLink command() {
            return VerifyLink.of(companyId, email);
        }
    }

    @Schema(name = "IdpCompany", description = "The company acted for (default: the user's primary company)")
    public record IdpCompanyBody(Long companyId) {
    }

    @Schema(name = "IdpLink", description = "A user's identity-provider link after the call")
    public record IdpLinkJson(String userId, @Schema(enumeration = {"NONE", "PENDING", "VERIFIED"}) String idpStatus,
            @Schema(nullable = true, description = "The linked address (pending or verified)") String email,
            @Schema(description = "Whether a mail (verification or password reset) was queued in the outbox")
            boolean mailed) {

        public static IdpLinkJson of(LinkView v) {
            return new IdpLinkJson(v.userId(), v.idpStatus(), v.email(), v.mailed());
        }
    }

    @Schema(name = "IdpVerified", description = "The verification link was followed: the address is verified")
    public record IdpVerifiedJson(@Schema(enumeration = {"VERIFIED"}) String idpStatus, String email) {
        public static IdpVerifiedJson of(FollowedLink f) {
            return new IdpVerifiedJson(f.idpStatus(), f.email());
        }
    }

    @Schema(name = "IdpBulkVerification", description = "Verify accounts: linked at once (verified domain), mailed a"
            + " verification, and skipped (no saved e-mail, verified already, the caller's own account, or an address"
            + " verified for another account)")
    public record BulkVerificationJson(int verified, int mailed, int skipped) {
        public static BulkVerificationJson of(BulkVerification b) {
            return new BulkVerificationJson(b.verified(), b.mailed(), b.skipped());
        }
    }

    @Schema(name = "OutboxMail", description = "A mail in the outbox. body and token are present for platform support"
            + " only: a company's administrators read recipient, subject, times and state.")
    public record MailJson(long id, @Schema(enumeration = {"IDP_VERIFICATION", "IDP_PASSWORD_RESET"}) String kind,
            String to, String subject,
            @JsonbNillable(false) @Schema(nullable = true, description = "Platform support only") String body,
            @JsonbNillable(false) @Schema(nullable = true, description = "Platform support only: a verification"
                    + " mail's token") String token,
            @Schema(enumeration = {"QUEUED", "SENT", "FAILED"}) String state, Instant createdAt,
            @Schema(nullable = true) Instant sentAt, int attempts, @Schema(nullable = true) String lastError,
            @Schema(nullable = true, description = "While QUEUED: when delivery tries next") Instant nextAttemptAt) {

        public static MailJson of(MailView m) {
            return new MailJson(m.id(), m.kind(), m.to(), m.subject(), m.body(), m.token(), m.state(), m.createdAt(),
                    m.sentAt(), m.attempts(), m.lastError(), m.nextAttemptAt());
        }
    }

    @Schema(name = "OutboxPage")
    public record MailPageJson(List<MailJson> items, int page, int size, long total) {
        public static MailPageJson of(Page<MailView> p) {
            return new MailPageJson(p.items().stream().map(MailJson::of).toList(), p.page(), p.size(), p.total());
        }
    }

    @Schema(name = "EmploymentActivationRun", description = "One run of the employment-based activation (SPEC 5.3)")
    public record JobRunJson(@Schema(format = "date") LocalDate date,
            @Schema(description = "Users with a policy and a linked employee record") int examined, int deactivated,
            int reactivated, @Schema(description = "Accounts whose change failed; the next run tries again") int failed) {

        public static JobRunJson of(JobRun r) {
            return new JobRunJson(r.date(), r.examined(), r.deactivated(), r.reactivated(), r.failed());
        }
    }
}
