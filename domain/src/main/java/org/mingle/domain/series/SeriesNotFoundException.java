package org.mingle.domain.series;

import org.mingle.domain.shared.NotFoundException;

/** No series with this id exists, or the caller does not run its group. */
public class SeriesNotFoundException extends NotFoundException {

    public SeriesNotFoundException(Object id) {
        super("No series with id " + id + " exists, or it is not visible to you.");
    }
}
