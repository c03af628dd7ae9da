package org.mingle.web.publicprofiles;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mingle.domain.agenda.SpokenTalk;
import org.mingle.domain.endorsements.TopicEndorsement;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.ProfileView;
import org.mingle.domain.publicprofiles.PublicProfile;
import org.mingle.domain.publicprofiles.RecordEvent;
import org.mingle.domain.shared.PublicUrl;
import org.mingle.web.shell.Routes;
import org.mingle.web.shell.Translations;

/**
 * Writes the public profile page as one HTML document (decision 45): everything a link preview reads (Open Graph and
 * Twitter card tags, schema.org {@code Person} JSON-LD, the canonical address, robots) is in the first answer, and
 * the page needs no script. Every typed value is escaped ({@link Html}).
 */
final class PublicProfilePage {

    /** What a description in a preview may take; previews cut longer ones anyway. */
    static final int DESCRIPTION_MAX = 200;

    private final Translations translations;
    private final PublicUrl publicUrl;
    private final String stylesheet;

    PublicProfilePage(Translations translations, PublicUrl publicUrl, String stylesheet) {
        this.translations = translations;
        this.publicUrl = publicUrl;
        this.stylesheet = stylesheet;
    }

    String render(PublicProfile page, Locale language) {
        ProfileView view = page.profile();
        String name = view.displayName();
        String canonical = publicUrl.link("p/" + page.handle());
        String description = description(view, language);
        String image = page.photoPath().map(publicUrl::link).orElse(null);
        var html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.text(t(language, "publicprofile.page.title", name))).append("</title>\n")
                .append(meta("name", "description", description))
                .append("<link rel=\"canonical\" href=\"").append(Html.text(canonical)).append("\">\n");
        if (!page.indexable()) {
            html.append("<meta name=\"robots\" content=\"noindex\">\n");
        }
        html.append(meta("property", "og:type", "profile"))
                .append(meta("property", "og:site_name", "Mingle"))
                .append(meta("property", "og:title", name))
                .append(meta("property", "og:description", description))
                .append(meta("property", "og:url", canonical))
                .append(meta("property", "og:locale", language.getLanguage().equals("de") ? "de_DE" : "en_US"));
        if (image != null) {
            html.append(meta("property", "og:image", image))
                    .append(meta("property", "og:image:alt", t(language, "publicprofile.photo-alt", name)));
        }
        html.append(meta("name", "twitter:card", "summary"))
                .append(meta("name", "twitter:title", name))
                .append(meta("name", "twitter:description", description));
        if (image != null) {
            html.append(meta("name", "twitter:image", image));
        }
        html.append("<link rel=\"stylesheet\" href=\"").append(Html.text(stylesheet)).append("\">\n")
                .append("<script type=\"application/ld+json\">").append(jsonLd(view, canonical, image))
                .append("</script>\n</head>\n<body>\n");
        header(html, language);
        html.append("<main>\n<article class=\"card\">\n<div class=\"person\">\n");
        if (image != null) {
            html.append("<img class=\"photo\" src=\"").append(Html.text(image)).append("\" alt=\"")
                    .append(Html.text(t(language, "publicprofile.photo-alt", name)))
                    .append("\" width=\"96\" height=\"96\">\n");
        } else {
            html.append("<div class=\"initials\" aria-hidden=\"true\">").append(Html.text(initials(name)))
                    .append("</div>\n");
        }
        html.append("<div>\n<h1>").append(Html.text(name)).append("</h1>\n");
        if (filled(view.headline())) {
            html.append("<p class=\"headline\">").append(Html.text(view.headline())).append("</p>\n");
        }
        String facts = facts(view, language);
        if (!facts.isEmpty()) {
            html.append("<p class=\"facts\">").append(Html.text(facts)).append("</p>\n");
        }
        html.append("</div>\n</div>\n");
        if (filled(view.bio())) {
            section(html, t(language, "profiles.field.bio"));
            html.append("<p class=\"bio\">").append(Html.text(view.bio())).append("</p>\n");
        }
        if (view.interests() != null && !view.interests().isEmpty()) {
            section(html, t(language, "profiles.field.interests"));
            list(html, "tags", view.interests().stream().map(Interest::display).toList());
        }
        goals(html, language, view.seeking(), "profiles.field.seeking", "profiles.goal.seeking.");
        goals(html, language, view.offering(), "profiles.field.offering", "profiles.goal.offering.");
        if (view.links() != null && !view.links().isEmpty()) {
            section(html, t(language, "profiles.field.links"));
            html.append("<ul class=\"plain\">\n");
            // Links are the person's own addresses, checked to be http(s) when saved; "me" says so, "nofollow" and
            // "ugc" keep the page from lending them rank, and no referrer is sent (Referrer-Policy).
            for (String link : view.links()) {
                html.append("<li><a href=\"").append(Html.text(link)).append("\" rel=\"me nofollow ugc noopener\">")
                        .append(Html.text(link)).append("</a></li>\n");
            }
            html.append("</ul>\n");
        }
        record(html, language, page);
        talks(html, language, page.talks());
        endorsements(html, language, page.endorsements());
        html.append("</article>\n</main>\n<footer><p>")
                .append(Html.text(t(language, "publicprofile.footer")))
                .append(" <a href=\"").append(Html.text(publicUrl.link(""))).append("\">")
                .append(Html.text(t(language, "publicprofile.find-events"))).append("</a></p></footer>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }

    /** The page for a handle nobody shows: the same for an unknown handle and a page turned off. */
    String notFound(Locale language) {
        var html = new StringBuilder(1024);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.text(t(language, "publicprofile.not-found.title"))).append("</title>\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(Html.text(stylesheet)).append("\">\n")
                .append("</head>\n<body>\n");
        header(html, language);
        html.append("<main class=\"not-found\">\n<h1>").append(Html.text(t(language, "publicprofile.not-found.title")))
                .append("</h1>\n<p>").append(Html.text(t(language, "publicprofile.not-found.text"))).append("</p>\n")
                .append("<p><a href=\"").append(Html.text(publicUrl.link(""))).append("\">")
                .append(Html.text(t(language, "publicprofile.find-events"))).append("</a></p>\n</main>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }

    private void header(StringBuilder html, Locale language) {
        html.append("<header class=\"bar\"><a class=\"brand\" href=\"").append(Html.text(publicUrl.link("")))
                .append("\">Mingle</a></header>\n");
    }

    private void record(StringBuilder html, Locale language, PublicProfile page) {
        section(html, t(language, "publicprofile.record"));
        var record = page.record();
        if (record.attendedTotal() == 0 && record.organizedTotal() == 0) {
            html.append("<p class=\"empty\">").append(Html.text(t(language, "publicprofile.record.none")))
                    .append("</p>\n");
            return;
        }
        events(html, language, "publicprofile.record.attended", record.attendedTotal(), record.attended());
        events(html, language, "publicprofile.record.organized", record.organizedTotal(), record.organized());
    }

    private void talks(StringBuilder html, Locale language, List<SpokenTalk> talks) {
        if (talks.isEmpty()) {
            return;
        }
        section(html, t(language, "publicprofile.talks"));
        html.append("<ul class=\"plain\">\n");
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language);
        for (SpokenTalk talk : talks) {
            html.append("<li>").append(Html.text(talk.title())).append(" <span class=\"when\">")
                    .append(Html.text(t(language, "publicprofile.talk.at", talk.eventTitle(),
                            dates.format(talk.startsAt().atZone(talk.timeZone())))))
                    .append("</span></li>\n");
        }
        html.append("</ul>\n");
    }

    private void endorsements(StringBuilder html, Locale language, List<TopicEndorsement> endorsements) {
        if (endorsements.isEmpty()) {
            return;
        }
        section(html, t(language, "endorsements.summary.heading"));
        list(html, "plain", endorsements.stream().map(topic -> t(language, "endorsements.summary.line",
                topic.topic(), translations.plural("endorsements.summary.people", language, topic.people()),
                translations.plural("endorsements.summary.events", language, topic.events()))).toList());
    }

    private void events(StringBuilder html, Locale language, String key, int total, List<RecordEvent> events) {
        if (total == 0) {
            return;
        }
        html.append("<h3>").append(Html.text(translations.plural(key, language, total))).append("</h3>\n")
                .append("<ul class=\"plain\">\n");
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language);
        for (RecordEvent event : events) {
            html.append("<li><a href=\"").append(Html.text(publicUrl.link(Routes.event(event.id()).getPath())))
                    .append("\">").append(Html.text(event.title())).append("</a> <span class=\"when\">")
                    .append(Html.text(dates.format(event.startsAt().atZone(event.timeZone()))));
            if (!event.city().isBlank()) {
                html.append(" · ").append(Html.text(event.city()));
            }
            html.append("</span></li>\n");
        }
        html.append("</ul>\n");
    }

    private void goals(StringBuilder html, Locale language, Collection<Goal> goals, String heading, String prefix) {
        if (goals == null || goals.isEmpty()) {
            return;
        }
        section(html, t(language, heading));
        list(html, "tags", goals.stream().sorted().map(goal -> t(language, prefix + goal.name().toLowerCase(Locale.ROOT)))
                .toList());
    }

    private static void section(StringBuilder html, String heading) {
        html.append("<h2>").append(Html.text(heading)).append("</h2>\n");
    }

    private static void list(StringBuilder html, String style, List<String> items) {
        html.append("<ul class=\"").append(style).append("\">\n");
        items.forEach(item -> html.append("<li>").append(Html.text(item)).append("</li>\n"));
        html.append("</ul>\n");
    }

    private String description(ProfileView view, Locale language) {
        String text = filled(view.headline()) ? view.headline()
                : filled(view.bio()) ? view.bio().replaceAll("\\s+", " ").strip()
                : t(language, "publicprofile.description", view.displayName());
        return text.length() <= DESCRIPTION_MAX ? text : text.substring(0, DESCRIPTION_MAX - 1).strip() + "…";
    }

    private String facts(ProfileView view, Locale language) {
        var parts = new ArrayList<String>();
        if (filled(view.company())) {
            parts.add(view.company());
        }
        if (filled(view.industry())) {
            parts.add(view.industry());
        }
        if (view.seniority() != null) {
            parts.add(t(language, "profiles.seniority." + view.seniority().name().toLowerCase(Locale.ROOT)));
        }
        return String.join(" · ", parts);
    }

    /** schema.org {@code Person}: only what the page shows to everyone. */
    private static String jsonLd(ProfileView view, String canonical, String image) {
        var json = new StringBuilder(512).append("{\"@context\":\"https://schema.org\",\"@type\":\"Person\"")
                .append(",\"name\":").append(Html.jsonString(view.displayName()))
                .append(",\"url\":").append(Html.jsonString(canonical));
        if (image != null) {
            json.append(",\"image\":").append(Html.jsonString(image));
        }
        if (filled(view.headline())) {
            json.append(",\"description\":").append(Html.jsonString(view.headline()));
        }
        if (filled(view.company())) {
            json.append(",\"worksFor\":{\"@type\":\"Organization\",\"name\":").append(Html.jsonString(view.company()))
                    .append('}');
        }
        if (view.interests() != null && !view.interests().isEmpty()) {
            json.append(",\"knowsAbout\":").append(array(view.interests().stream().map(Interest::display).toList()));
        }
        if (view.links() != null && !view.links().isEmpty()) {
            json.append(",\"sameAs\":").append(array(view.links()));
        }
        return json.append('}').toString();
    }

    private static String array(List<String> values) {
        return values.stream().map(Html::jsonString).collect(Collectors.joining(",", "[", "]"));
    }

    private static String initials(String name) {
        return Arrays.stream(name.strip().split("\\s+")).filter(part -> !part.isEmpty()).limit(2)
                .map(part -> part.substring(0, part.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining());
    }

    private String t(Locale language, String key, Object... params) {
        return translations.getTranslation(key, language, params);
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    private static String meta(String attribute, String key, String content) {
        return "<meta " + attribute + "=\"" + key + "\" content=\"" + Html.text(content) + "\">\n";
    }
}
