package app.rolegate.web.api;

import app.rolegate.idp.application.FollowedLink;
import app.rolegate.idp.application.IdentityProviderLinks;
import app.rolegate.platform.Retry;
import app.rolegate.web.api.model.IdpBodies.IdpVerifiedJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The link in a verification mail (SPEC 5.4), open to callers without a bearer token (web.xml). POST
 * verifies, once. A GET, which is what opening the link in a mail program does, only shows a page with
 * a button that POSTs: a mail scanner that fetches links must not use the token up.
 */
@Path("idp/verifications/{token}")
@Tag(name = "Identity-provider link")
public class IdpVerificationResource {
    @Inject
    IdentityProviderLinks links;

    @PathParam("token")
    String token;

    @Context
    HttpHeaders headers;

    /** JSON for API clients; a page for the browser that posted the GET's form (it asks for text/html first). */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "Follow a verification link: the pending identity-provider link becomes VERIFIED (no bearer"
            + " token; single use; 404 for any token that does not verify)")
    @APIResponse(responseCode = "200", description = "Verified", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IdpVerifiedJson.class)))
    public Response follow() {
        FollowedLink f = Retry.call(() -> links.follow(token));
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        MediaType first = accepted.isEmpty() ? MediaType.WILDCARD_TYPE : accepted.get(0);
        if (!first.isWildcardType() && first.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return Response.ok(page("Address verified", "<p>" + escape(f.email()) + " is verified. You can now sign"
                    + " in through the identity provider with it.</p>"), MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                    .build();
        }
        return Response.ok(IdpVerifiedJson.of(f), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "The page a mail program opens for a verification link: a button that follows it (nothing is"
            + " verified by the GET)")
    public String confirmationPage() {
        return page("Verify your e-mail address", "<p>Confirm that this e-mail address is yours, to sign in through"
                + " the identity provider with it.</p><form method=\"post\"><button type=\"submit\">Verify my"
                + " address</button></form>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body><h1>" + title
                + "</h1>" + body + "</body></html>";
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
