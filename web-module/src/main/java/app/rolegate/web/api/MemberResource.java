package app.rolegate.web.api;

import app.rolegate.administration.MemberFilter;
import app.rolegate.administration.UserAdministration;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.json.Jsons;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Set;

/** A company's users and memberships: create or authorise (D2, D11), list (5.5), read, change, remove (D9). */
@Path("companies/{cid}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {
    private static final Set<String> IDP_STATES = Set.of("NONE", "PENDING", "VERIFIED");

    @Inject
    CurrentCaller caller;

    @Inject
    UserAdministration users;

    @Context
    UriInfo uri;

    @PathParam("cid")
    String cid;

    @POST
    @Path("users")
    public Response create(String text) {
        JsonBody b = JsonBody.parse(text);
        String[] allowed = java.util.stream.Stream.concat(java.util.Arrays.stream(Requests.USER_FIELDS),
                java.util.stream.Stream.of("membership")).toArray(String[]::new);
        b.allow(allowed);
        JsonBody membership = b.optionalObject("membership").orElse(null);
        if (membership != null) {
            membership.allow(Requests.MEMBERSHIP_FIELDS);
        }
        long companyId = Requests.idParam("company", cid);
        UserAdministration.Created created = users.createUser(caller.actor(), companyId, Requests.newUser(b),
                Requests.terms(membership));
        JsonObject body = Jsons.object(Views.member(created.member()))
                .add("existingPersonAuthorised", created.existingPersonAuthorised()).build();
        return Response.status(created.existingPersonAuthorised() ? 200 : 201)
                .location(uri.getBaseUriBuilder().path("companies").path(cid).path("members")
                        .path(created.member().user().userId()).build())
                .entity(body).build();
    }

    @GET
    @Path("members")
    public JsonObject list(@QueryParam("role") String role, @QueryParam("active") String active,
            @QueryParam("idpStatus") String idpStatus, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        int p = Requests.intParam("page", page, 0, 0, 1_000_000);
        int s = Requests.intParam("size", size, 50, 1, 500);
        String idp = idpStatus == null || idpStatus.isBlank() ? null : idpStatus.strip().toUpperCase(Locale.ROOT);
        if (idp != null && !IDP_STATES.contains(idp)) {
            throw new InvalidInputException("idpStatus", "idpStatus must be one of " + IDP_STATES);
        }
        if (q != null && q.length() > 100) {
            throw new InvalidInputException("q", "q is longer than 100 characters");
        }
        String r = role == null || role.isBlank() ? null : role.strip();
        MemberFilter filter = new MemberFilter(r, Requests.boolParam("active", active), idp, q);
        return Views.page(users.members(caller.actor(), Requests.idParam("company", cid), filter, p, s), p, s);
    }

    @GET
    @Path("members/{uid}")
    public JsonObject get(@PathParam("uid") String uid) {
        return Views.member(users.membership(caller.actor(), Requests.idParam("company", cid), uid));
    }

    @PUT
    @Path("members/{uid}")
    public Response put(@PathParam("uid") String uid, String text) {
        JsonBody b = JsonBody.parse(text);
        b.allow(Requests.MEMBERSHIP_FIELDS);
        UserAdministration.PutResult r = users.putMembership(caller.actor(), Requests.idParam("company", cid), uid,
                Requests.terms(b));
        return Response.status(r.created() ? 201 : 200).entity(Views.member(r.member())).build();
    }

    @DELETE
    @Path("members/{uid}")
    public JsonObject remove(@PathParam("uid") String uid, @QueryParam("confirmPrimary") String confirm) {
        UserAdministration.Removal r = users.removeMembership(caller.actor(), Requests.idParam("company", cid), uid,
                Boolean.TRUE.equals(Requests.boolParam("confirmPrimary", confirm)));
        return Jsons.object().add("removed", true).add("primaryCompany", r.primaryCompany())
                .add("rolesRemoved", r.grantsRemoved()).build();
    }
}
