package org.mingle.web.publicprofiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.SignUp;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.publicprofiles.PublicProfileService;
import org.mingle.domain.publicprofiles.PublicSettingsInput;
import org.mingle.domain.shared.PublicUrl;
import org.mingle.testsupport.MicronautPostgres;

/**
 * The public profile page as a link preview reads it: the first HTML the server sends, with no script run
 * (decision 45).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicProfilePageOverHttpTest implements MicronautPostgres {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;
    @Inject
    PublicProfileService publicProfiles;
    @Inject
    PublicUrl publicUrl;
    @Inject
    JsonMapper json;

    @Test
    void theFirstHtmlCarriesPreviewTagsJsonLdAndNoindexByDefault() throws Exception {
        open("Grace Hopper", "grace-page", false, Map.of("headline", "PUBLIC", "company", "PUBLIC"));

        var reply = get("/p/grace-page", "en");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        var page = Jsoup.parse(reply.body());
        String canonical = publicUrl.link("p/grace-page");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(canonical);
        assertThat(meta(page, "property", "og:url")).isEqualTo(canonical);
        assertThat(meta(page, "property", "og:title")).isEqualTo("Grace Hopper");
        assertThat(meta(page, "property", "og:description")).isEqualTo("Compiler pioneer");
        assertThat(meta(page, "property", "og:type")).isEqualTo("profile");
        assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary");
        assertThat(meta(page, "name", "robots")).isEqualTo("noindex");
        assertThat(page.select("h1").text()).isEqualTo("Grace Hopper");
        assertThat(reply.body()).contains("Remington Rand").doesNotContain("Wrote the first compiler");
        assertThat(page.select("script:not([type=application/ld+json])")).as("no script at all").isEmpty();
        var person = jsonLd(page);
        assertThat(person).containsEntry("@type", "Person").containsEntry("name", "Grace Hopper")
                .containsEntry("url", canonical);
        assertThat(reply.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("default-src 'none'; style-src 'self'; img-src 'self'").doesNotContain("script-src");
        var css = get(page.selectFirst("link[rel=stylesheet]").attr("href"), "en");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    }

    @Test
    void aNameCannotCloseTheScriptBlockOrAnAttribute() throws Exception {
        String name = "</script><script>alert(1)</script>\" onload=\"x";
        open(name, "mallory-page", true, Map.of());

        var reply = get("/p/mallory-page", "en");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("<script>alert(1)").doesNotContain("\" onload=\"x");
        var page = Jsoup.parse(reply.body());
        assertThat(page.select("script")).hasSize(1);
        assertThat(jsonLd(page)).containsEntry("name", name);
        assertThat(meta(page, "property", "og:title")).isEqualTo(name);
        assertThat(page.select("h1").text()).isEqualTo(name);
        assertThat(page.select("meta[name=robots]")).as("the person allows search engines").isEmpty();
    }

    @Test
    void unknownAndTurnedOffPagesAreTheSame404InTheVisitorsLanguage() throws Exception {
        open("Quinn Quiet", "quinn-page", false, Map.of());
        publicProfiles.save(accounts.findByEmail(email("quinn-page")).orElseThrow().id(), profile(Map.of()),
                new PublicSettingsInput(null, false, null));

        var off = get("/p/quinn-page", "de-DE,de;q=0.9,en;q=0.5");
        var unknown = get("/p/nobody-" + UUID.randomUUID().toString().substring(0, 6), "de-DE,de;q=0.9,en;q=0.5");
        var nested = get("/p/quinn-page/more", "de");

        assertThat(off.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(nested.statusCode()).isEqualTo(404);
        assertThat(off.body()).isEqualTo(unknown.body()).contains("lang=\"de\"", "Profil nicht gefunden");
        assertThat(off.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void aPageIsCachedBrieflyAndRevalidatedByItsTag() throws Exception {
        open("Erin Etag", "erin-page", false, Map.of("headline", "PUBLIC"));

        var first = get("/p/erin-page", "en");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        var again = http.send(HttpRequest.newBuilder(server.getURI().resolve("/p/erin-page"))
                .header("Accept-Language", "en").header("If-None-Match", etag).build(), BodyHandlers.ofString());
        var german = get("/p/erin-page", "de");

        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(first.headers().firstValue("Vary")).hasValue("Accept-Language");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(german.headers().firstValue("ETag")).isPresent().isNotEqualTo(etag);
        assertThat(german.body()).contains("lang=\"de\"", "Bilanz auf Mingle");
    }

    private void open(String name, String handle, boolean indexable, Map<String, String> visibility) {
        var account = accounts.signUp(new SignUp(email(handle), "correct horse battery staple 42", "Someone"), null);
        var input = profile(visibility);
        publicProfiles.save(account.id(), new ProfileInput(name, input.headline(), input.bio(), input.company(),
                input.industry(), null, input.interests(), null, null, null, visibility),
                new PublicSettingsInput(handle, true, indexable));
    }

    private static ProfileInput profile(Map<String, String> visibility) {
        return new ProfileInput(null, "Compiler pioneer", "Wrote the first compiler.", "Remington Rand", "Software",
                null, List.of("compilers"), null, null, null, visibility);
    }

    private static String email(String handle) {
        return handle + "@example.com";
    }

    private Map<String, Object> jsonLd(Document page) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = json.readValue(page.selectFirst("script[type=application/ld+json]").data(),
                Map.class);
        return parsed;
    }

    private static String meta(Document page, String attribute, String key) {
        var found = page.selectFirst("meta[" + attribute + "=" + key + "]");
        return found == null ? null : found.attr("content");
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(server.getURI().resolve(path)).header("Accept-Language", language)
                .build(), BodyHandlers.ofString());
    }
}
