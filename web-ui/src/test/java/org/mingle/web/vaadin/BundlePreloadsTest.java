package org.mingle.web.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BundlePreloadsTest {

    private static final String ICONS = "1".repeat(64);
    private static final String NO_CHUNK = "2".repeat(64);

    @Test
    void preloadsThePushClientTheModulesAndTheChunksThePagesStateAsksFor() {
        var page = Jsoup.parse("<html><head><script type=\"module\" src=\"./VAADIN/build/entry-A1.js\"></script>"
                + "<script>window.Vaadin.TypeScript = {\"initial\":{\"pushScript\":\"VAADIN/static/push/push.js?v=9\","
                + "\"url\":\"return window.Vaadin.Flow.loadOnDemand('" + ICONS + "');\","
                + "\"other\":\"return window.Vaadin.Flow.loadOnDemand('" + NO_CHUNK + "');\"}}</script>"
                + "</head></html>");
        var bundle = new BundlePreloads.Bundle(List.of("Client-B2.js", "components-C3.js"),
                Map.of(ICONS, "chunk-icons-D4.js"));

        BundlePreloads.addPreloads(page, entry -> entry.equals("entry-A1.js") ? bundle : null);

        assertThat(links(page, "preload")).containsExactly("VAADIN/static/push/push.js?v=9");
        assertThat(links(page, "modulepreload")).containsExactly("./VAADIN/build/Client-B2.js",
                "./VAADIN/build/components-C3.js", "./VAADIN/build/chunk-icons-D4.js");
    }

    @Test
    void aPageWithoutTheBundlesEntryScriptOrAFirstStateIsLeftAsItIs() {
        var page = Jsoup.parse("<html><head><script type=\"module\" src=\"./elsewhere/app.js\"></script>"
                + "</head></html>");

        BundlePreloads.addPreloads(page, entry -> {
            throw new AssertionError("no bundle to read for " + entry);
        });

        assertThat(page.select("link")).isEmpty();
    }

    private static List<String> links(Document page, String rel) {
        return page.select("link[rel=" + rel + "]").eachAttr("href");
    }
}
