package org.mingle.domain.moderation;

import org.mingle.domain.shared.NotFoundException;

/** No such report. */
public class ContentReportNotFoundException extends NotFoundException {

    public ContentReportNotFoundException() {
        super("No such report.");
    }
}
