package org.mingle.domain.groups;

import java.util.Optional;

/** A group as one viewer sees it, with the viewer's own membership (none: they may join). */
public record GroupView(Group group, Optional<Membership> mine) {

    public boolean organizedByViewer() {
        return GroupAccess.canOrganize(mine);
    }

    public boolean viewerBelongs() {
        return mine.filter(Membership::belongs).isPresent();
    }
}
