package no.forsokssjekk.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.forsokssjekk.contract.ContractJson;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Debian's headless Chromium driven by Selenium (never a downloaded browser): the binary and driver are given, so
 * Selenium Manager is not used. Without /usr/bin/chromium the browser tests are skipped with the reason, except in CI
 * ({@code CI=true}), where a missing browser is a failure. Screenshots go to target/screenshots/.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    final ChromeDriver driver;
    final WebDriverWait wait;
    final Path downloads;
    private final Path profile;
    private final String base;

    private Browser(int port) throws IOException {
        this.base = "http://127.0.0.1:" + port;
        this.profile = Files.createTempDirectory("forsokssjekk-chromium");
        this.downloads = Files.createTempDirectory("forsokssjekk-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--lang=nb", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString(), "eventsEnabled", true));
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // the page re-renders lists as results arrive: an element seen a moment ago may be replaced
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** A browser, or the test is skipped (locally) or failed (CI) when Debian's chromium is not installed. */
    static Browser open(int port) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String reason = "Debian's chromium and chromium-driver are not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "); install them with: apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(reason + " (required in CI)");
            abort(reason + ": browser test skipped");
        }
        return new Browser(port);
    }

    void get(String path) {
        driver.get(base + path);
        wait.until(d -> "complete".equals(js("return document.readyState")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void waitFor(String css) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** Sets a field's value as typing would (date inputs take ISO dates whatever the browser's locale). */
    void setValue(String id, String value) {
        js("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + "e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
                id, value);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A full-page screenshot (Chrome DevTools), for the long pages. */
    void fullScreenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true));
            Files.write(SCREENSHOTS.resolve(name + ".png"),
                    java.util.Base64.getDecoder().decode((String) result.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core (from the webjar on the test class path, injected into the page) with the WCAG 2.0/2.1 A and AA
     * rules, and returns the serious and critical violations, one line each.
     */
    List<String> seriousAccessibilityViolations() {
        if (!Boolean.TRUE.equals(js("return typeof window.axe !== 'undefined'"))) js(axeSource());
        Object json = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(JSON.stringify(r.violations))).catch(e => done(JSON.stringify([{id: 'axe-error', "
                        + "impact: 'critical', help: String(e), nodes: []}])));");
        JsonNode violations = ContractJson.mapper().readTree((String) json);
        List<String> serious = new ArrayList<>();
        for (JsonNode v : violations) {
            String impact = v.path("impact").asString("");
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                serious.add(impact + " " + v.path("id").asString() + ": " + v.path("help").asString() + " " + targets);
            }
        }
        return serious;
    }

    private static String axeSource() {
        String resource = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not on the test class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a downloaded file to be complete and returns it. */
    Path download(String name) {
        Path file = downloads.resolve(name);
        wait.until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
        deleteQuietly(profile);
        deleteQuietly(downloads);
    }

    private static void deleteQuietly(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }
}
