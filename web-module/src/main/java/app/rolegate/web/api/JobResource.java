package app.rolegate.web.api;

import app.rolegate.activation.application.EmploymentActivationJob;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Today;
import app.rolegate.web.api.model.IdpBodies.JobRunJson;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Platform support runs a daily job now, for a date. Template {@code platform}, shared with {@link PlatformResource}. */
@Path("platform")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "Platform")
public class JobResource {
    @Inject
    CurrentCaller caller;

    @Inject
    EmploymentActivationJob job;

    @Inject
    Today today;

    @POST
    @Path("jobs/employment-activation")
    @Operation(summary = "Run the employment-based activation (SPEC 5.3) now, for the date given (default today):"
            + " platform support only")
    public JobRunJson employmentActivation(@QueryParam("date") String date) {
        LocalDate day = date(date);
        return JobRunJson.of(job.run(caller.actor(), day, "manual"));
    }

    private LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return today.date();
        }
        try {
            if (!text.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not yyyy-mm-dd", text, 0);
            }
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "date must be a day as yyyy-mm-dd");
        }
    }
}
