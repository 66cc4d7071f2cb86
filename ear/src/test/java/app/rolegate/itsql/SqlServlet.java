package app.rolegate.itsql;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * POST /it-sql/sql with one SQL statement as the body: a query answers its rows as a JSON array of
 * arrays of texts (null for NULL), anything else {"updated": n}; a failing statement answers 400 with
 * the SQL state and message. Callers on this machine only.
 */
@WebServlet("/sql")
public class SqlServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Resource(lookup = "jdbc/rolegate")
    private transient DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
            response.sendError(403);
            return;
        }
        String sql = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (s.execute(sql)) {
                try (ResultSet r = s.getResultSet()) {
                    ResultSetMetaData md = r.getMetaData();
                    JsonArrayBuilder rows = Json.createArrayBuilder();
                    while (r.next()) {
                        JsonArrayBuilder row = Json.createArrayBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String v = r.getString(i);
                            if (v == null) {
                                row.addNull();
                            } else {
                                row.add(v);
                            }
                        }
                        rows.add(row);
                    }
                    response.getWriter().write(rows.build().toString());
                }
            } else {
                response.getWriter().write(Json.createObjectBuilder().add("updated", s.getUpdateCount()).build()
                        .toString());
            }
        } catch (SQLException e) {
            response.setStatus(400);
            response.getWriter().write(Json.createObjectBuilder().add("sqlState", String.valueOf(e.getSQLState()))
                    .add("message", String.valueOf(e.getMessage())).build().toString());
        }
    }
}
