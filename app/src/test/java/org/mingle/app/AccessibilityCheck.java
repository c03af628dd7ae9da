package org.mingle.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, run in the journey's browser on the page as it stands (shadow roots included), reporting the violations
 * that shut someone out: those axe rates critical or serious. The script is the npm package's own file, kept in test
 * resources with its licence, and put into the page only when the page does not have it yet.
 */
final class AccessibilityCheck {

    private static final String AXE = load("/axe/axe.min.js");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(result => done(result.violations
                .filter(v => v.impact === 'critical' || v.impact === 'serious')
                .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                    + v.nodes.slice(0, 5).map(node => JSON.stringify(node.target)).join(' ')
                    + ' (' + (v.nodes[0].failureSummary || '').replace(/\s+/g, ' ') + ')')),
              error => done(['axe could not run: ' + error]));
            """;

    /** The smallest tap target on a phone, in CSS pixels, each way. */
    static final int TAP_TARGET = 44;

    /**
     * What can be tapped on the page and is visible, smaller than {@link #TAP_TARGET} either way. A link inside a
     * sentence is exempt (WCAG 2.5.5's exception for inline targets); a field counts by its input area.
     */
    private static final String SMALL_TAP_TARGETS = """
            const minimum = arguments[0];
            const tappable = 'a[href], button, vaadin-button, vaadin-checkbox, vaadin-radio-button, vaadin-select,'
                + ' vaadin-combo-box, vaadin-text-field, vaadin-email-field, vaadin-password-field,'
                + ' vaadin-integer-field, vaadin-text-area, vaadin-date-time-picker, vaadin-upload,'
                + ' vaadin-side-nav-item, vaadin-drawer-toggle, vaadin-menu-bar-button, vaadin-tab, [role=button]';
            const inSentence = element => element.tagName === 'A' && element.parentElement
                && ['P', 'LI', 'SPAN'].includes(element.parentElement.tagName)
                && element.parentElement.textContent.trim().length > element.textContent.trim().length;
            return Array.from(document.querySelectorAll(tappable))
                .filter(element => element.getClientRects().length > 0 && !inSentence(element))
                .filter(element => !element.closest('[slot=drawer]') || document.querySelector(
                    'vaadin-app-layout[drawer-opened]'))
                .map(element => {
                    const box = (element.shadowRoot && element.shadowRoot.querySelector('[part=input-field]')
                        || element).getBoundingClientRect();
                    return {element, width: box.width, height: box.height};
                })
                .filter(target => target.width > 0 && (target.width < minimum - 0.5 || target.height < minimum - 0.5))
                .map(target => 'tap target ' + target.element.tagName.toLowerCase()
                    + (target.element.id ? '#' + target.element.id : '') + ' "'
                    + target.element.textContent.trim().slice(0, 30) + '" is '
                    + Math.round(target.width) + 'x' + Math.round(target.height) + ' px');
            """;

    private AccessibilityCheck() {
    }

    /** Tap targets smaller than {@link #TAP_TARGET} px either way, on a page shown at phone width. */
    @SuppressWarnings("unchecked")
    static List<String> smallTapTargets(ChromeDriver browser) {
        return (List<String>) browser.executeScript(SMALL_TAP_TARGETS, TAP_TARGET);
    }

    /** The critical and serious violations on the page, one line each: rule, impact, advice, first elements. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(ChromeDriver browser) {
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object'"))) {
            browser.executeScript(AXE);
        }
        return (List<String>) browser.executeAsyncScript(RUN);
    }

    private static String load(String resource) {
        try (var in = Objects.requireNonNull(AccessibilityCheck.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
