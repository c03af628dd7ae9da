package org.mingle.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser in a journey test: the steps every journey takes (open a page, log in and out, click, type,
 * wait for a text), each waiting until the page can take it, so the tests read as what a person does.
 *
 * <p>Every journey runs under Mingle's Content-Security-Policy: {@link #close()} fails the test when the browser
 * refused anything under the policy (or found the Permissions-Policy wrong) on any page of the journey. It also fails
 * on any critical or serious accessibility violation that axe-core found on a page or dialog the journey visited:
 * each is checked once, the first time the journey sees it after opening a page or clicking.
 */
final class Journey implements AutoCloseable {

    /** Whether Vaadin's client has no request to the server under way (true on a page without Vaadin). */
    private static final String VAADIN_IDLE = "const flow = window.Vaadin && window.Vaadin.Flow;"
            + " return !flow || !flow.clients || Object.values(flow.clients).every(client => !client.isActive());";
    /**
     * Whether nothing is fading or sliding in or out: axe-core judges colours as drawn, and a dialog halfway through
     * its opening animation draws its text paler than it will be (endless animations, a spinner, do not count).
     */
    private static final String SETTLED = "return document.querySelectorAll('[opening], [closing]').length === 0"
            + " && document.getAnimations().every(animation => animation.playState !== 'running'"
            + " || !isFinite(animation.effect.getComputedTiming().endTime));";
    private static final String ON_A_PHONE = "return window.innerWidth <= 480";
    /** A page with its open dialogs: {@code /events/42 [dialog:connection-dialog]}. */
    private static final String WHERE = "return location.pathname + ' ' + JSON.stringify(Array.from("
            + "document.querySelectorAll('vaadin-dialog-overlay[opened], vaadin-confirm-dialog-overlay[opened]'))"
            + ".map(overlay => 'dialog:' + (overlay.id || overlay.getAttribute('aria-label') || '?')))";
    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final List<String> policyViolations = new ArrayList<>();
    private final Set<String> checkedForAccessibility = new HashSet<>();
    private final List<String> accessibilityViolations = new ArrayList<>();

    private Journey(ChromeDriver browser, String baseUrl) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        this.baseUrl = baseUrl;
    }

    /** A fresh headless browser with the given time zone, against the server at {@code baseUrl}. */
    static Journey start(String baseUrl, String timeZone, String... chromiumArguments) {
        return new Journey(Browser.start(timeZone, chromiumArguments), baseUrl);
    }

    ChromeDriver browser() {
        return browser;
    }

    WebDriverWait await() {
        return wait;
    }

    /**
     * Opens a page and waits until it shows: the page's first state arrives with it, but Vaadin shows the view only
     * once the server has confirmed the navigation.
     */
    void open(String path) {
        browser.get(baseUrl + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-app-layout, #login-email, #signup-name")));
        checkAccessibility();
    }

    void logIn(String email, String password, String displayName) {
        open("/login");
        type("#login-email input", email);
        type("#login-password input", password);
        click("login-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-menu"), displayName));
    }

    void logOut() {
        click("user-menu");
        click("logout");
        // Logging out reloads the page; a look-up that meets the reload half-way is asked again, not failed.
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("nav-login")));
    }

    WebElement waitFor(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    void waitForNotification(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"), text));
    }

    /**
     * Clicks the element as a person would. Something may lie over it for a moment (a toast that is fading out, a
     * menu overlay still opening): then it waits half a second and tries again, for up to six seconds, the longest a
     * toast stays.
     */
    void click(String id) {
        for (int attempt = 1; ; attempt++) {
            var element = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            try {
                wait.until(ExpectedConditions.elementToBeClickable(element)).click();
                checkAccessibility();
                return;
            } catch (ElementClickInterceptedException | StaleElementReferenceException covered) {
                if (attempt == 12) {
                    throw covered;
                }
                sleep(Duration.ofMillis(500));
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the select with this id, picks the item with this label, and waits until the select shows it. */
    void chooseInSelect(String id, String label) {
        click(id);
        var item = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-select-item[normalize-space()='" + label + "']")));
        item.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), label));
    }

    void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        input.clear();
        input.sendKeys(text);
    }

    void resize(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * The page printed as Chromium prints it (A4 portrait, backgrounds on), in pages: a page whose scrolling area
     * clips what it holds prints one page, however long it is.
     */
    int printedPages() {
        var printed = browser.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69,
                "printBackground", true));
        String pdf = new String(Base64.getDecoder().decode((String) printed.get("data")), StandardCharsets.ISO_8859_1);
        return (int) PDF_PAGE.matcher(pdf).results().count();
    }

    Path screenshot(String name) throws Exception {
        return Browser.screenshot(browser, name);
    }

    /**
     * What the browser has refused under the security policies since the last call, as its console said it: the
     * journey's own check, handed to a test that provokes a violation on purpose.
     */
    List<String> takePolicyViolations() {
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Permissions-Policy")) {
                policyViolations.add(message);
            }
        }
        var taken = List.copyOf(policyViolations);
        policyViolations.clear();
        return taken;
    }

    /**
     * Runs axe-core on the page as it stands once the server has answered, unless this page with these dialogs open
     * was checked already in this journey.
     */
    void checkAccessibility() {
        try {
            wait.until(driver -> Boolean.TRUE.equals(browser.executeScript(VAADIN_IDLE))
                    && Boolean.TRUE.equals(browser.executeScript(SETTLED)));
            String where = browser.executeScript(WHERE) + (Boolean.TRUE.equals(browser.executeScript(ON_A_PHONE))
                ? " (phone)" : "");
            if (checkedForAccessibility.add(where)) {
                AccessibilityCheck.seriousViolations(browser).forEach(found -> accessibilityViolations.add(where
                        + ": " + found));
                if (Boolean.TRUE.equals(browser.executeScript(ON_A_PHONE))) {
                    AccessibilityCheck.smallTapTargets(browser).forEach(found -> accessibilityViolations.add(where
                            + " at phone width: " + found));
                }
            }
        } catch (StaleElementReferenceException | JavascriptException reloading) {
            // The page went away under the check (a log-out reloads it): the next page is checked instead.
        }
    }

    @Override
    public void close() {
        List<String> violations;
        try {
            violations = takePolicyViolations();
        } finally {
            browser.quit();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The browser refused something under the security policies:\n"
                    + String.join("\n", violations));
        }
        if (!accessibilityViolations.isEmpty()) {
            throw new AssertionError("axe-core found critical or serious accessibility violations:\n"
                    + String.join("\n", accessibilityViolations));
        }
    }
}
