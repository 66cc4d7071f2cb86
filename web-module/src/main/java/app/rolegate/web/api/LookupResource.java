package app.rolegate.web.api;

import app.rolegate.platform.InvalidInputException;
import app.rolegate.user.UserFields;
import app.rolegate.user.application.TerminalLookup;
import app.rolegate.web.api.model.ResponseBodies.UserJson;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** SPEC 5.1: clocking terminals find an account by key tag or card id, or by alias; only accounts the caller sees. */
@Path("lookup")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class LookupResource {
    @Inject
    CurrentCaller caller;

    @Inject
    TerminalLookup lookup;

    @GET
    @Operation(summary = "Find the account of a card id or an alias (exactly one of the two), among those the caller"
            + " may see (D2)")
    @APIResponse(responseCode = "200", description = "Found",
            content = @Content(schema = @Schema(implementation = UserJson.class)))
    public UserJson find(@QueryParam("cardId") String cardId, @QueryParam("aliasUserId") String aliasUserId) {
        String card = UserFields.cardId("cardId", cardId);
        String alias = UserFields.alias("aliasUserId", aliasUserId);
        if ((card == null) == (alias == null)) {
            throw new InvalidInputException(card == null ? "cardId" : "aliasUserId", "name exactly one of cardId and"
                    + " aliasUserId");
        }
        return UserJson.of(lookup.lookup(caller.actor(), card, alias));
    }
}
