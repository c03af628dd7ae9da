package org.mingle.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium driven through the system's chromedriver, so no browser or driver is downloaded. Without them the
 * browser tests are skipped on a developer's machine, and fail on CI (CI=true), where they must run.
 */
final class Browser {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
    }

    /**
     * @param extraArguments more Chromium switches, such as {@code --host-resolver-rules=...}
     */
    static ChromeDriver start(String timeZone, String... extraArguments) {
        var installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
        }
        assumeTrue(installed, "Chromium and chromedriver are not installed: apt-get install chromium chromium-driver");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", timeZone))
                .build();
        var options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US")
                .addArguments(extraArguments);
        // The console, where Chromium reports what a Content-Security-Policy refused (see Journey#close).
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Saves a PNG under target/screenshots for a person to look at. */
    static Path screenshot(ChromeDriver driver, String name) throws Exception {
        var directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        var file = directory.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
