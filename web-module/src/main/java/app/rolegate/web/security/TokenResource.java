package app.rolegate.web.security;

import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.user.Authentication;
import app.rolegate.user.UserAccount;
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

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log in: a bearer token for a user ({userId, password}) or a portal's service client"
            + " ({clientId, clientSecret}); 401 with one body for every failure")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TokenRequest.class)))
    @APIResponse(responseCode = "200", description = "A token",
            content = @Content(schema = @Schema(implementation = TokenJson.class)))
    public Response token(byte[] text) {
        if (JwtSettings.externalIssuer()) {
            throw new NotFoundException("This server does not issue tokens: it trusts an external issuer.");
        }
        String userId;
        String clientId;
        char[] password;
        try {
            JsonBody body = JsonBody.parse(text).allow("userId", "password", "clientId", "clientSecret");
            clientId = body.has("clientId") ? body.requiredString("clientId", 100) : null;
            userId = clientId == null ? body.requiredString("userId", 100) : null;
            password = body.requiredString(clientId == null ? "password" : "clientSecret", 1000).toCharArray();
        } catch (InvalidInputException e) {
            throw new InvalidCredentialsException(); // a malformed login says no more than a wrong one
        }
        TokenIssuer.Issued issued;
        try {
            if (clientId != null) {
                String subject = clients.authenticate(clientId, password).orElseThrow(InvalidCredentialsException::new);
                issued = tokens.issue(subject, List.of(CurrentCaller.SERVICE_CLIENT_GROUP));
            } else {
                Optional<UserAccount> account = authentication.authenticate(userId, password);
                issued = tokens.issue(account.orElseThrow(InvalidCredentialsException::new).userId());
            }
        } finally {
            Arrays.fill(password, '\0');
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new TokenJson(issued.token(), "Bearer", issued.expiresIn())).cacheControl(noStore).build();
    }
}
