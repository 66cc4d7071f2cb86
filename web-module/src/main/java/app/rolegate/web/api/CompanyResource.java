package app.rolegate.web.api;

import app.rolegate.administration.CompanyAdministration;
import app.rolegate.administration.NewCompany;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

/**
 * Companies: create (platform support) with the first user, or a client company (D13). One company
 * (read, main user) is {@link CompanyItemResource}: JAX-RS picks one root resource by its path
 * template, and a {@code companies/{cid}} template would win over this one's {@code {cid}} methods.
 */
@Path("companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompanyResource {
    @Inject
    CurrentCaller caller;

    @Inject
    CompanyAdministration companies;

    @Context
    UriInfo uri;

    @POST
    public Response create(String text) {
        JsonBody b = JsonBody.parse(text);
        b.allow("name", "businessId", "accountingFirm", "accountingFirmId", "payrollEnabled", "crmEnabled", "firstUser",
                "openedUnder");
        Long openedUnder = b.optionalLong("openedUnder").orElse(null);
        // A client company (D13) may be opened without a first user; any other company needs one.
        JsonBody first = openedUnder == null ? b.requiredObject("firstUser") : b.optionalObject("firstUser").orElse(null);
        if (first != null) {
            first.allow(Requests.USER_FIELDS);
        }
        NewCompany cmd = new NewCompany(b.requiredString("name", 200), b.optionalString("businessId", 30).orElse(null),
                Boolean.TRUE.equals(b.optionalBoolean("accountingFirm").orElse(null)), b.optionalLong("accountingFirmId").orElse(null),
                Boolean.TRUE.equals(b.optionalBoolean("payrollEnabled").orElse(null)),
                Boolean.TRUE.equals(b.optionalBoolean("crmEnabled").orElse(null)), first == null ? null : Requests.newUser(first),
                openedUnder);
        CompanyAdministration.Created created = companies.create(caller.actor(), cmd);
        JsonObjectBuilder body = Views.company(created.company())
                .add("existingPersonAuthorised", created.existingPersonAuthorised());
        if (created.firstUser() != null) {
            body.add("firstUser", Views.userSummary(created.firstUser()));
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.company().id())).build())
                .entity(body.build()).build();
    }
}
