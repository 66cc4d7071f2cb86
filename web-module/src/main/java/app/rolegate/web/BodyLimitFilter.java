package app.rolegate.web;

import app.rolegate.web.problem.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies above {@value #MAX_BYTES} bytes with 413 before anything reads them: by
 * Content-Length when it is given, otherwise by reading at most one byte more than the limit (a
 * chunked body). Rolegate's bodies are small; a large one is a mistake or an attack on memory.
 */
@WebFilter(filterName = "bodyLimit", urlPatterns = "/api/*")
public class BodyLimitFilter extends HttpFilter {
    public static final int MAX_BYTES = 1 << 20;
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BYTES) {
            tooLarge(request, response);
            return;
        }
        boolean mayHaveBody = declared > 0 || request.getHeader("Transfer-Encoding") != null;
        if (declared < 0 && mayHaveBody) {
            byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                tooLarge(request, response);
                return;
            }
            chain.doFilter(new Buffered(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String requestId = RequestIdFilter.accept(request.getHeader(RequestIdFilter.HEADER));
        Problem p = new Problem("payload-too-large", "Payload too large", 413, "The request body is larger than "
                + MAX_BYTES + " bytes", request.getRequestURI(), null, null, requestId);
        response.setStatus(413);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(RequestIdFilter.HEADER, requestId);
        response.setHeader("Connection", "close");
        response.getWriter().write(p.toJson().toString());
    }

    /** The request with its body already read. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return body.length == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
