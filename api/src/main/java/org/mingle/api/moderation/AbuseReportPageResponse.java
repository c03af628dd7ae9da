package org.mingle.api.moderation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mingle.domain.moderation.ContentReport;
import org.mingle.domain.shared.Page;

/** One page of reports, newest first. */
@Serdeable.Serializable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "AbuseReportPage")
public record AbuseReportPageResponse(List<AbuseReportResponse> items, int page, int size, long total) {

    static AbuseReportPageResponse of(Page<ContentReport> page) {
        return new AbuseReportPageResponse(page.items().stream().map(AbuseReportResponse::of).toList(), page.page(),
                page.size(), page.total());
    }
}
