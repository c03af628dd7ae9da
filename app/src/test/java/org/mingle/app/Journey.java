package org.mingle.app;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser in a journey test: the steps every journey takes (open a page, log in and out, click, type,
 * wait for a text), each waiting until the page can take it, so the tests read as what a person does.
 */
final class Journey implements AutoCloseable {

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String baseUrl;

    private Journey(ChromeDriver browser, String baseUrl) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        this.baseUrl = baseUrl;
    }

    /** A fresh headless browser with the given time zone, against the server at {@code baseUrl}. */
    static Journey start(String baseUrl, String timeZone) {
        return new Journey(Browser.start(timeZone), baseUrl);
    }

    ChromeDriver browser() {
        return browser;
    }

    WebDriverWait await() {
        return wait;
    }

    void open(String path) {
        browser.get(baseUrl + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(
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
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-login")));
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

    void click(String id) {
        var element = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
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

    @Override
    public void close() {
        browser.quit();
    }
}
