package org.mingle.web.vaadin;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Names, in each bootstrap page, the scripts the page is going to load, so that the browser fetches them all at once
 * (decision 33). Otherwise each is asked for only when the one before has run and imports it: the push client, Vaadin's
 * bootstrap, the components, Vaadin's client, then the components' chunks the view needs (the icons); over 4G that is
 * a 165 ms round trip apiece before the page shows. Preloaded are:
 *
 * <ul>
 *   <li>the push client named in the page's first state,</li>
 *   <li>the modules the production bundle's entry script imports, and</li>
 *   <li>the chunks the page's first state asks for ({@code loadOnDemand}).</li>
 * </ul>
 *
 * <p>The modules' names are read from the bundle itself, once, from the class path. What cannot be found is not
 * preloaded, and the page loads as it would without this.
 */
@Singleton
public class BundlePreloads implements VaadinServiceInitListener {

    private static final String BUNDLE_RESOURCES = "META-INF/VAADIN/webapp/";
    private static final String BUILD = "VAADIN/build/";
    private static final Pattern ENTRY = Pattern.compile("^\\./" + BUILD + "([\\w.-]+\\.js)$");
    private static final Pattern IMPORT = Pattern.compile("import\\(\"\\./([\\w.-]+\\.js)\"\\)");
    /** In the components' module: which chunk a {@code loadOnDemand} key imports. */
    private static final Pattern CHUNK = Pattern.compile(
            "\"([0-9a-f]{64})\"&&\\w+\\.push\\(\\w+\\(\\(\\)=>import\\(\"\\./([\\w.-]+\\.js)\"\\)");
    private static final Pattern LOAD_ON_DEMAND = Pattern.compile("loadOnDemand\\('([0-9a-f]{64})'\\)");
    private static final Pattern PUSH_SCRIPT = Pattern.compile("\"pushScript\":\"([^\"]+)\"");

    private final Map<String, Bundle> bundles = new ConcurrentHashMap<>();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addPreloads);
    }

    private void addPreloads(IndexHtmlResponse response) {
        var classLoader = response.getVaadinRequest().getService().getClassLoader();
        addPreloads(response.getDocument(), entry -> bundles.computeIfAbsent(entry,
                name -> Bundle.read(name, classLoader)));
    }

    static void addPreloads(Document page, Function<String, Bundle> bundleOfEntry) {
        var entry = page.select("script[type=module][src]").stream()
                .map(script -> ENTRY.matcher(script.attr("src"))).filter(Matcher::matches)
                .map(matcher -> matcher.group(1)).findFirst();
        String state = page.select("script").stream().map(Element::data).collect(Collectors.joining("\n"));
        var head = page.head();
        PUSH_SCRIPT.matcher(state).results().findFirst().ifPresent(push ->
                head.appendElement("link").attr("rel", "preload").attr("as", "script").attr("href", push.group(1)));
        entry.map(bundleOfEntry).ifPresent(bundle -> {
            var modules = new LinkedHashSet<>(bundle.modules());
            LOAD_ON_DEMAND.matcher(state).results().map(key -> bundle.chunks().get(key.group(1)))
                    .filter(Objects::nonNull).forEach(modules::add);
            modules.forEach(module -> head.appendElement("link").attr("rel", "modulepreload")
                    .attr("crossorigin", "").attr("href", "./" + BUILD + module));
        });
    }

    /** The modules an entry script imports, and the chunks their {@code loadOnDemand} keys import. */
    record Bundle(List<String> modules, Map<String, String> chunks) {

        static Bundle read(String entry, ClassLoader classLoader) {
            var modules = imports(text(entry, classLoader));
            var chunks = modules.stream().map(module -> text(module, classLoader))
                    .flatMap(text -> CHUNK.matcher(text).results())
                    .collect(Collectors.toMap(match -> match.group(1), match -> match.group(2),
                            (first, same) -> first));
            return new Bundle(List.copyOf(modules), chunks);
        }

        private static Set<String> imports(String script) {
            return IMPORT.matcher(script).results().map(match -> match.group(1))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        private static String text(String module, ClassLoader classLoader) {
            try (InputStream in = classLoader.getResourceAsStream(BUNDLE_RESOURCES + BUILD + module)) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
