package org.mingle.server;

import jakarta.inject.Singleton;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Files of each kind the UI serves, for the compression tests: {@code /files/<name>} answers {@link #TEXT} as the type
 * the context gives its name, and {@code /files/prebuilt.js} answers bytes already encoded (as brotli).
 */
@Singleton
class TextFilesInitializer implements ServletContainerInitializer {

    /** Long and repetitive enough that gzip shrinks it. */
    static final String TEXT = "const greeting = 'Hello, venue';\n".repeat(200);
    static final byte[] PREBUILT = {11, 7, -128, 104, 101, 108, 108, 111, 3};

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        context.addServlet("files", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                String name = request.getPathInfo().substring(1);
                if (name.equals("prebuilt.js")) {
                    response.setContentType("text/javascript");
                    response.setHeader("Content-Encoding", "br");
                    response.getOutputStream().write(PREBUILT);
                    return;
                }
                response.setContentType(context.getMimeType(name));
                response.getOutputStream().write(TEXT.getBytes(StandardCharsets.UTF_8));
            }
        }).addMapping("/files/*");
    }
}
