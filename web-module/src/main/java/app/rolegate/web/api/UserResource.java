package app.rolegate.web.api;

import app.rolegate.administration.UserAdministration;
import app.rolegate.administration.UserPatch;
import app.rolegate.company.Company;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.user.PersonalIdentityCode;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.json.Jsons;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.Set;

/** Accounts: read, change (D10, D14), the memberships the caller may see (D9), validity everywhere (D12). */
@Path("users/{uid}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {
    @Inject
    CurrentCaller caller;

    @Inject
    UserAdministration users;

    @PathParam("uid")
    String uid;

    @GET
    public JsonObject get() {
        return Views.user(users.user(caller.actor(), uid)).build();
    }

    @PATCH
    public JsonObject patch(String text) {
        JsonBody b = JsonBody.parse(text);
        b.allow("firstName", "lastName", "email", "phone", "uiLanguage", "country", "personalIdentityCode",
                "aliasUserId", "signature", "cardId", "showInstructionVideos", "active", "primaryCompanyId",
                "requestedBy", "password", "currentPassword");
        Set<String> present = new HashSet<>(b.fieldNames());
        if (present.isEmpty()) {
            throw new InvalidInputException(null, "the body names no field to change");
        }
        PersonalIdentityCode identity = null;
        if (present.contains("personalIdentityCode") || present.contains("country")) {
            String code = b.optionalString("personalIdentityCode", 30).orElse(null);
            identity = code == null ? null : PersonalIdentityCode.of(b.optionalString("country", 2).orElse(null), code);
        }
        String password = b.optionalString("password", 200).orElse(null);
        if (present.contains("password") && (password == null || password.length() < 8)) {
            throw new InvalidInputException("password", "password must be at least 8 characters");
        }
        String current = b.optionalString("currentPassword", 200).orElse(null);
        UserPatch p = new UserPatch(present, b.optionalString("firstName", 100).orElse(null), b.optionalString("lastName", 100).orElse(null),
                Requests.email(b), b.optionalString("phone", 40).orElse(null), Requests.language(b), identity,
                b.optionalString("aliasUserId", 50).orElse(null), b.optionalString("signature", 10).orElse(null), b.optionalString("cardId", 50).orElse(null),
                b.optionalBoolean("showInstructionVideos").orElse(null), b.optionalBoolean("active").orElse(null),
                b.optionalLong("primaryCompanyId").orElse(null), b.optionalString("requestedBy", 100).orElse(null),
                password == null ? null : password.toCharArray(), current == null ? null : current.toCharArray());
        return Views.user(users.patchUser(caller.actor(), uid, p)).build();
    }

    /** Paged like every list (SPEC 4.1): a firm's main user is a member of every client company. */
    @GET
    @Path("memberships")
    public JsonObject memberships(@QueryParam("page") String page, @QueryParam("size") String size) {
        int p = Requests.intParam("page", page, 0, 0, 1_000_000);
        int s = Requests.intParam("size", size, 50, 1, 500);
        UserAdministration.MembershipPage visible = users.membershipsOf(caller.actor(), uid, p, s);
        JsonArrayBuilder items = Jsons.array();
        visible.items().forEach(v -> items.add(Views.member(v)));
        return Jsons.object().add("items", items).add("page", p).add("size", s)
                .add("total", visible.total()).build();
    }

    @PUT
    @Path("validity")
    public JsonObject validity(String text) {
        JsonBody b = JsonBody.parse(text);
        b.allow("validTo");
        if (!b.has("validTo")) {
            throw new InvalidInputException("validTo", "validTo is required (null means until further notice)");
        }
        UserAdministration.ValidityUpdate u = users.validityForAll(caller.actor(), uid, b.optionalDate("validTo").orElse(null));
        JsonArrayBuilder companies = Jsons.array();
        for (Company c : u.companies()) {
            companies.add(Jsons.object().add("id", c.id()).add("name", c.name()));
        }
        return Jsons.object().add("updated", u.companies().size()).add("companies", companies).build();
    }
}
