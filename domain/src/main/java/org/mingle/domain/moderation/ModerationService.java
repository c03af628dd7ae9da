package org.mingle.domain.moderation;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventService;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.AccountId;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.GroupId;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.Page;
import org.mingle.domain.shared.PageRequest;

/**
 * The moderation feature's entry point for the API and the UI: signed-in people report events and groups;
 * administrators (see {@link Administrators}) read the reports, dismiss them, and unlist or list again what was
 * reported. Unlisting is the events' and the groups' own: this service decides who may ask for it.
 */
@Singleton
public class ModerationService {

    /** The administration page with the open reports, where notices of reports lead. */
    public static final String ADMIN_PAGE = "admin/reports";

    private final JdbcContentReports reports;
    private final EventService events;
    private final GroupService groups;
    private final AccountService accounts;
    private final Administrators administrators;
    private final ApplicationEventPublisher<ContentReported> reported;
    private final Clock clock;

    ModerationService(JdbcContentReports reports, EventService events, GroupService groups, AccountService accounts,
                      Administrators administrators, ApplicationEventPublisher<ContentReported> reported,
                      Clock clock) {
        this.reports = reports;
        this.events = events;
        this.groups = groups;
        this.accounts = accounts;
        this.administrators = administrators;
        this.reported = reported;
        this.clock = clock;
    }

    /** Whether the account is an administrator: what the edges offer depends on it. */
    public boolean isAdministrator(AccountId account) {
        return administrators.isAdministrator(account);
    }

    /**
     * Reports an event to the administrators, who are told at once. Anyone signed in who may see the event may,
     * except its team, who can change or cancel it instead.
     *
     * @throws InvalidInputException   naming {@code reason} or {@code details}
     * @throws ConflictException       when the reporter's earlier report of the event is still open
     * @throws ReportLimitException    past {@value ReportRules#REPORTS_PER_DAY} reports of the reporter in a day
     * @throws AccessDeniedException   for the event's team
     */
    @Transactional
    public ContentReport reportEvent(AccountId reporter, EventId id, ReportReason reason, String details) {
        var event = events.get(Optional.of(reporter), id);
        if (events.roleOf(Optional.of(reporter), id).isPresent()) {
            throw new AccessDeniedException("You are on this event's team: change or cancel it instead of reporting "
                    + "it.");
        }
        String checked = ReportRules.validate(reason, details);
        var reportId = file(reporter, SubjectKind.EVENT, id.value(), "this event", reason, checked);
        reported.publishEvent(new ContentReported(reportId, SubjectKind.EVENT, id.value(), event.title(), reason));
        return named(List.of(reports.find(reportId).orElseThrow())).get(0);
    }

    /**
     * Reports a group to the administrators, who are told at once. Anyone signed in who may see the group may, except
     * its owners and organizers, who can change it instead. A private group is reported by its members only: to
     * anyone else it does not exist.
     *
     * @throws InvalidInputException   naming {@code reason} or {@code details}
     * @throws ConflictException       when the reporter's earlier report of the group is still open
     * @throws ReportLimitException    past {@value ReportRules#REPORTS_PER_DAY} reports of the reporter in a day
     * @throws AccessDeniedException   for the group's owners and organizers
     * @throws org.mingle.domain.groups.GroupNotFoundException when the reporter cannot see such a group
     */
    @Transactional
    public ContentReport reportGroup(AccountId reporter, GroupId id, ReportReason reason, String details) {
        var view = groups.get(Optional.of(reporter), id.toString());
        if (view.organizedByViewer()) {
            throw new AccessDeniedException("You run this group: change it instead of reporting it.");
        }
        String checked = ReportRules.validate(reason, details);
        var reportId = file(reporter, SubjectKind.GROUP, id.value(), "this group", reason, checked);
        reported.publishEvent(new ContentReported(reportId, SubjectKind.GROUP, id.value(), view.group().name(),
                reason));
        return named(List.of(reports.find(reportId).orElseThrow())).get(0);
    }

    private ContentReportId file(AccountId reporter, SubjectKind kind, UUID subject, String what, ReportReason reason,
                                 String details) {
        // One reporter's reports take turns, so two at once cannot both pass the checks below.
        reports.lockReporter(reporter);
        if (reports.hasOpen(kind, subject, reporter)) {
            throw new ConflictException("You have reported " + what + " already; an administrator will look at "
                    + "your report.");
        }
        var now = now();
        ReportRules.waitBeforeNext(reports.filedSince(reporter, now.minus(ReportRules.DAY)), now).ifPresent(wait -> {
            throw new ReportLimitException(ReportRules.REPORTS_PER_DAY, wait);
        });
        var id = ContentReportId.newId();
        reports.insert(id, kind, subject, reporter, reason, details, now);
        return id;
    }

    /** The reports with this status, newest first: for administrators. */
    @ReadOnly
    public Page<ContentReport> list(AccountId admin, ReportStatus status, PageRequest page) {
        administrators.require(admin);
        var found = reports.withStatus(status == null ? ReportStatus.OPEN : status, page);
        return new Page<>(named(found.items()), found.page(), found.size(), found.total());
    }

    /** The open reports grouped by what they report, the most reported first: for administrators. */
    @ReadOnly
    public List<ReportedSubject> openBySubject(AccountId admin) {
        administrators.require(admin);
        Map<UUID, List<ContentReport>> bySubject = named(reports.open()).stream()
                .collect(Collectors.groupingBy(ContentReport::subjectId, LinkedHashMap::new, Collectors.toList()));
        return bySubject.values().stream()
                .map(subject -> {
                    var first = subject.get(0);
                    Optional<Instant> unlistedAt = switch (first.subjectKind()) {
                        case EVENT -> events.unlistedAt(new EventId(first.subjectId()));
                        case GROUP -> groups.unlistedAt(new GroupId(first.subjectId()));
                    };
                    return new ReportedSubject(first.subjectKind(), first.subjectId(), first.subjectTitle(),
                            unlistedAt, subject);
                })
                .sorted(Comparator.comparingInt((ReportedSubject subject) -> subject.reports().size()).reversed())
                .toList();
    }

    /**
     * Dismisses an open report: nothing about its subject changes.
     *
     * @throws ConflictException when the report is resolved already
     */
    @Transactional
    public ContentReport dismiss(AccountId admin, ContentReportId id) {
        administrators.require(admin);
        reports.find(id).orElseThrow(ContentReportNotFoundException::new);
        if (!reports.resolve(id, ReportStatus.DISMISSED, admin, now())) {
            throw new ConflictException("The report is resolved already.");
        }
        return named(List.of(reports.find(id).orElseThrow())).get(0);
    }

    /**
     * Unlists an event ({@code listed} false), resolving its open reports as {@link ReportStatus#UNLISTED}, or lists
     * it again. Either may be repeated.
     *
     * @return when the event was unlisted; empty once it is listed
     */
    @Transactional
    public Optional<Instant> changeEventListing(AccountId admin, EventId id, boolean listed) {
        administrators.require(admin);
        var unlistedAt = events.changeListing(id, listed);
        if (!listed) {
            reports.resolveAll(SubjectKind.EVENT, id.value(), ReportStatus.UNLISTED, admin, now());
        }
        return unlistedAt;
    }

    /**
     * Unlists a group ({@code listed} false), resolving its open reports as {@link ReportStatus#UNLISTED}, or lists
     * it again. Either may be repeated.
     *
     * @return when the group was unlisted; empty once it is listed
     */
    @Transactional
    public Optional<Instant> changeGroupListing(AccountId admin, GroupId id, boolean listed) {
        administrators.require(admin);
        var unlistedAt = groups.changeListing(id, listed);
        if (!listed) {
            reports.resolveAll(SubjectKind.GROUP, id.value(), ReportStatus.UNLISTED, admin, now());
        }
        return unlistedAt;
    }

    /** The reports with their subjects' titles and reporters' names. */
    private List<ContentReport> named(List<ContentReport> found) {
        if (found.isEmpty()) {
            return found;
        }
        var titles = events.titles(found.stream().filter(r -> r.subjectKind() == SubjectKind.EVENT)
                .map(r -> new EventId(r.subjectId())).toList());
        var groupNames = groups.names(found.stream().filter(r -> r.subjectKind() == SubjectKind.GROUP)
                .map(r -> new GroupId(r.subjectId())).toList());
        Map<AccountId, String> names = accounts.activeAmong(found.stream().flatMap(r -> r.reporter().stream())
                .toList()).values().stream().collect(Collectors.toMap(Account::id, Account::displayName));
        Function<ContentReport, Optional<String>> title = r -> switch (r.subjectKind()) {
            case EVENT -> Optional.ofNullable(titles.get(new EventId(r.subjectId())));
            case GROUP -> Optional.ofNullable(groupNames.get(new GroupId(r.subjectId())));
        };
        return found.stream()
                .map(r -> r.named(title.apply(r), r.reporter().map(names::get)))
                .toList();
    }

    /** PostgreSQL keeps microseconds: values returned equal values read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
