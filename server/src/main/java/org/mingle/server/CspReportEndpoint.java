package org.mingle.server;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers {@value ContentSecurityPolicy#REPORT_PATH} before the API sees it: browsers post violation reports there in
 * their own formats, which are for {@link CspReports} and no business of the API's controllers or filters.
 */
final class CspReportEndpoint extends Handler.Wrapper {

    private final CspReports reports;

    CspReportEndpoint(CspReports reports, Handler handler) {
        super(handler);
        this.reports = reports;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (ContentSecurityPolicy.REPORT_PATH.equals(request.getHttpURI().getPath())) {
            reports.receive(request, response, callback);
            return true;
        }
        return super.handle(request, response, callback);
    }
}
