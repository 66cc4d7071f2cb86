package app.rolegate.web.api;

import app.rolegate.idp.application.IdentityProviderLinks;
import app.rolegate.outbox.application.OutboxReading;
import app.rolegate.platform.Retry;
import app.rolegate.register.MemberFilter;
import app.rolegate.web.api.model.IdpBodies.BulkVerificationJson;
import app.rolegate.web.api.model.IdpBodies.MailPageJson;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A company's bulk identity-provider verification and its mail outbox (SPEC 5.4, 4.1). Its template is
 * {@code companies/{cid}}, shared with the other resources under one company.
 */
@Path("companies/{cid}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "Identity-provider link")
public class CompanyIdpResource {
    @Inject
    CurrentCaller caller;

    @Inject
    IdentityProviderLinks links;

    @Inject
    OutboxReading outbox;

    @PathParam("cid")
    String cid;

    @POST
    @Path("members/idp-verify")
    @Operation(summary = "Verify accounts: every member matching the register's filter who has a saved e-mail and is"
            + " not yet verified (D2; the caller's own account is skipped, D1)")
    public BulkVerificationJson verifyMembers(@QueryParam("role") String role, @QueryParam("active") String active,
            @QueryParam("idpStatus") String idpStatus, @QueryParam("q") String q) {
        long companyId = Params.id(cid);
        MemberFilter filter = new MemberFilter(role, Params.boolParam("active", active), idpStatus, q);
        return BulkVerificationJson.of(Retry.call(() -> links.verifyMembers(caller.actor(), companyId, filter)));
    }

    @GET
    @Path("outbox")
    @Operation(summary = "The company's mail outbox, newest first: its administrators see recipient, subject, times and"
            + " state; platform support sees body and token too")
    public MailPageJson outbox(@QueryParam("page") String page, @QueryParam("size") String size) {
        return MailPageJson.of(outbox.ofCompany(caller.actor(), Params.id(cid), Params.page(page),
                Params.size(size, 50, 500)));
    }
}
