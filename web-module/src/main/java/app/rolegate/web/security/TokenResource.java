package app.rolegate.web.security;

import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.user.Authentication;
import app.rolegate.login.LoginThrottle;
import app.rolegate.platform.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.api.model.RequestBodies.TokenRequest;
import app.rolegate.web.api.model.ResponseBodies.TokenJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/auth/token} with {@code {"userId": ..., "password": ...}} (a user) or
 * {@code {"clientId": ..., "clientSecret": ...}} (a portal's service client, see {@link ServiceClients}):
 * a bearer token, or 401 with one and the same body for every kind of failure. Open (see web.xml).
 */
@Path("auth/token")
@RequestScoped
@Tag(name = "Authentication")
public class TokenResource {
    @Inject
    Authentication authentication;

    @Inject
    TokenIssuer tokens;

    @Inject
    ServiceClients clients;

    @Inject
    LoginThrottle throttle;

    @Context
    HttpServletRequest request;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log in: a bearer token for a user ({userId, password}) or a portal's service client"
            + " ({clientId, clientSecret}); 401 with one body for every failure")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TokenRequest.class)))
    @APIResponse(responseCode = "200", description = "A token",
            content = @Content(schema = @Schema(implementation = TokenJson.class)))
    @APIResponse(responseCode = "429", description = "Too many failed logins for this account or from this address"
            + " (the same answer whether or not the account exists); Retry-After says when to try again",
            content = @Content(mediaType = "application/problem+json"))
    public Response token(byte[] text) {
        if (JwtSettings.externalIssuer()) {
            throw new NotFoundException("This server does not issue tokens: it trusts an external issuer.");
        }
        String client = request.getRemoteAddr();
        String userId;
        String clientId;
        char[] password;
        try {
            JsonBody body = JsonBody.parse(text).allow("userId", "password", "clientId", "clientSecret");
            clientId = body.has("clientId") ? body.requiredString("clientId", 100) : null;
            userId = clientId == null ? body.requiredString("userId", 100) : null;
            password = body.requiredString(clientId == null ? "password" : "clientSecret", 1000).toCharArray();
        } catch (InvalidInputException e) {
            refuse(null, client); // a malformed login says no more than a wrong one, and counts as one
            throw new IllegalStateException("unreachable");
        }
        String name = clientId != null ? "client:" + clientId : userId;
        Optional<Long> wait = throttle.lockedFor(name, client);
        if (wait.isPresent()) {
            Arrays.fill(password, '\0');
            // The wait goes in Retry-After only: the body is the same whatever the account and the moment.
            throw new TooManyRequestsException("Too many failed logins for this account or from this address; try"
                    + " again after the time Retry-After gives.", wait.get());
        }
        Optional<TokenIssuer.Issued> issued;
        try {
            if (clientId != null) {
                issued = clients.authenticate(clientId, password)
                        .map(subject -> tokens.issue(subject, List.of(CurrentCaller.SERVICE_CLIENT_GROUP)));
            } else {
                issued = authentication.authenticate(userId, password).map(account -> tokens.issue(account.userId()));
            }
        } finally {
            Arrays.fill(password, '\0');
        }
        if (issued.isEmpty()) {
            refuse(name, client);
        }
        throttle.succeeded(name);
        return ok(issued.get());
    }

    /** Counts the failure (ASVS V6) and answers 401, alike for every reason. */
    private void refuse(String name, String client) {
        throttle.failed(name, client);
        throw new InvalidCredentialsException();
    }

    private static Response ok(TokenIssuer.Issued issued) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new TokenJson(issued.token(), "Bearer", issued.expiresIn())).cacheControl(noStore).build();
    }
}
