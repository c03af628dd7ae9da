package org.mingle.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
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
 * refused anything under the policy (or found the Permissions-Policy wrong) on any page of the journey.
 */
final class Journey implements AutoCloseable {

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final List<String> policyViolations = new ArrayList<>();

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

    void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        input.clear();
        input.sendKeys(text);
    }

    void resize(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
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
    }
}
