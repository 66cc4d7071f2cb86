package app.rolegate.web.api;

import app.rolegate.employee.application.CostCentreView;
import app.rolegate.employee.application.EmployeeAdministration;
import app.rolegate.employee.application.EmployeeView;
import app.rolegate.platform.Retry;
import app.rolegate.web.api.model.RequestBodies.CostCentreBody;
import app.rolegate.web.api.model.RequestBodies.EmployeeBody;
import app.rolegate.web.api.model.ResponseBodies.CostCentreJson;
import app.rolegate.web.api.model.ResponseBodies.CostCentrePageJson;
import app.rolegate.web.api.model.ResponseBodies.EmployeeJson;
import app.rolegate.web.api.model.ResponseBodies.EmployeePageJson;
import app.rolegate.web.json.JsonBody;
import app.rolegate.web.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A company's cost centres and employee register (SPEC 5.1-5.3), for its administrators (D2). The template is
 * {@code companies/{cid}}, shared with the other resources of one company (JAX-RS selects root resources by
 * template first).
 */
@Path("companies/{cid}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Employees")
public class EmployeeResource {
    @Inject
    CurrentCaller caller;

    @Inject
    EmployeeAdministration employees;

    @Context
    UriInfo uri;

    @PathParam("cid")
    String cid;

    @GET
    @Path("cost-centres")
    @Operation(summary = "The company's cost centres, by code (D2)")
    public CostCentrePageJson costCentres(@QueryParam("page") String page, @QueryParam("size") String size) {
        return CostCentrePageJson.of(employees.costCentres(caller.actor(), Params.id(cid), Params.page(page),
                Params.size(size, 50, 500)));
    }

    @POST
    @Path("cost-centres")
    @Operation(summary = "Add a cost centre; its code is unique in the company (D2)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CostCentreBody.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CostCentreJson.class)))
    public Response addCostCentre(byte[] body) {
        CostCentreBody req = JsonBody.parse(body).bind(CostCentreBody.class);
        CostCentreView k = Retry.call(() -> employees.addCostCentre(caller.actor(), Params.id(cid), req.code(),
                req.name()));
        return Response.status(201).entity(CostCentreJson.of(k)).build();
    }

    @GET
    @Path("employees")
    @Operation(summary = "The company's employee records, by number, or with manager the direct reports of one"
            + " record (D2)")
    public EmployeePageJson list(@Parameter(description = "An employee record's id: only those it manages directly")
            @QueryParam("manager") String manager, @QueryParam("page") String page, @QueryParam("size") String size) {
        Long managerId = manager == null || manager.isBlank() ? null : Params.longParam("manager", manager);
        return EmployeePageJson.of(employees.employees(caller.actor(), Params.id(cid), managerId, Params.page(page),
                Params.size(size, 50, 500)));
    }

    @POST
    @Path("employees")
    @Operation(summary = "Add an employee record: number, name, e-mail, manager, employment periods and home cost"
            + " centre history (D2, SPEC 5.3)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EmployeeBody.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = EmployeeJson.class)))
    public Response add(byte[] body) {
        EmployeeBody req = JsonBody.parse(body).bind(EmployeeBody.class);
        EmployeeView e = Retry.call(() -> employees.addEmployee(caller.actor(), Params.id(cid), req.data()));
        return Params.tagged(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(e.id())).build()),
                e.version()).entity(EmployeeJson.of(e)).build();
    }

    @GET
    @Path("employees/{eid}")
    @Operation(summary = "One employee record, with an ETag to send back in If-Match when changing it (D2)")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = EmployeeJson.class)))
    public Response get(@PathParam("eid") String eid) {
        EmployeeView e = employees.employee(caller.actor(), Params.id(cid), Params.id(eid));
        return Params.tagged(Response.ok(EmployeeJson.of(e)), e.version()).build();
    }

    @PUT
    @Path("employees/{eid}")
    @Operation(summary = "Replace an employee record; a new manager moves the employee with everyone below (D2)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EmployeeBody.class)))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = EmployeeJson.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = "application/problem+json"))
    public Response put(@PathParam("eid") String eid, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        EmployeeBody req = JsonBody.parse(body).bind(EmployeeBody.class);
        Long expected = Params.ifMatch(ifMatch);
        EmployeeView e = Retry.call(() -> employees.changeEmployee(caller.actor(), Params.id(cid), Params.id(eid),
                req.data(), expected));
        return Params.tagged(Response.ok(EmployeeJson.of(e)), e.version()).build();
    }
}
