package no.forsokssjekk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.contract.ContractJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The page end to end in headless Chromium: an applicant searches, adds provisions, fills the form, sees the
 * findings, switches to nynorsk, downloads the JSON, drafts the local regulation; a caseworker pastes an application
 * and gets the report. axe-core checks each main screen (no serious or critical WCAG 2.1 A/AA violations).
 */
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    @Value("${local.server.port}")
    int port;

    Browser browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) browser.close();
    }

    @BeforeEach
    void freshPage() {
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        browser.get("/");
        browser.js("sessionStorage.clear(); localStorage.clear();");
        browser.get("/");
    }

    private void assertAccessible(String screen) {
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on " + screen).isEmpty();
    }

    @Test
    void anApplicantSearchesAddsProvisionsFillsTheFormAndSeesTheFindings() throws Exception {
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("nb");
        assertAccessible("the empty applicant page");

        // the first Tab reaches the skip link
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.driver.switchTo().activeElement().getAttribute("class")).contains("skip-link");

        WebElement q = browser.find("#search-q");
        q.sendKeys("grunnbemanning barnehage", Keys.ENTER);
        browser.waitFor("#hits li.hit");
        WebElement first = browser.find("#hits li.hit");
        assertThat(first.getAttribute("data-id")).isEqualTo("LOV-2005-06-17-64/§26");
        assertThat(first.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
        assertThat(first.findElement(By.cssSelector(".hit-authority")).getText()).contains("forsøksloven");
        assertThat(browser.all("#facet-groups fieldset.facet")).isNotEmpty();
        browser.fullScreenshot("1-search");
        assertAccessible("search results");

        // a facet narrows the hits to one law
        WebElement lawFacet = browser.find("#facet-groups input[name='law'][value='LOV-2005-06-17-64']");
        lawFacet.click();
        browser.wait.until(d -> Boolean.TRUE.equals(browser.js("const hits = [...document.querySelectorAll('#hits li.hit')];"
                + "return hits.length > 0 && hits.every(h => h.dataset.id.startsWith('LOV-2005-06-17-64/'))"
                + " && document.querySelector(\"#facet-groups input[value='LOV-2005-06-17-64']\").checked;")));

        browser.find("#hits li.hit[data-id='LOV-2005-06-17-64/§26'] .add-hit").click();
        browser.waitFor("#ex-0-provision");
        assertThat(browser.find("#ex-0-provision").getAttribute("value")).isEqualTo("barnehageloven § 26");
        assertThat(browser.find("#exemptions-status").getAttribute("textContent")).contains("unntak 1");

        browser.find("#add-exemption").click();
        WebElement second = browser.find("#ex-1-provision");
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(second);
        second.sendKeys("tullelova § 3");

        browser.find("#ex-0-deviation").sendKeys("Bemanningen regnes over uka.");
        browser.find("#ex-0-replacement").sendKeys("Minst én voksen per tre barn under tre år, regnet per uke.");
        browser.find("input[name='ex-0-effect'][value='NONE']").click();
        browser.find("#ap-0-name").sendKeys("Eksempel kommune");
        browser.setValue("ap-0-resolutionDate", "2026-10-01");
        browser.find("#ap-0-resolutionReference").sendKeys("PS 12/26");
        browser.find("#f-title").sendKeys("Bemanning i barnehagene");
        browser.find("#f-purpose").sendKeys("Prøve ut om en annen bemanning gir like god kvalitet.");
        browser.setValue("f-from", "2027-08-01");
        browser.setValue("f-to", "2031-07-31");
        browser.find("#f-evaluationPlan").sendKeys("Følgeevaluering ved en høgskole.");
        browser.find("#f-affectsChildren input[value='true']").click();
        browser.find("#f-isExtension").click();
        browser.setValue("f-previousFrom", "2023-08-01");
        browser.setValue("f-previousTo", "2027-07-31");

        // the pre-assessment follows the form: the unknown provision is a finding, with what would resolve it
        browser.wait.until(d -> !browser.all("#assessment li.finding[data-code='UNKNOWN_PROVISION']").isEmpty());
        assertThat(browser.find("#assessment .outcome").getAttribute("data-outcome")).isNotBlank();
        assertThat(browser.find("#assessment .basis-list").getText()).contains("barnehageloven § 26");
        assertThat(browser.find("#assessment-status").getText()).contains("Vurderingen er oppdatert");
        browser.fullScreenshot("2-application-and-assessment");
        assertAccessible("the filled application with its assessment");

        // a source link opens the provision in a dialog; Esc closes it and focus returns
        WebElement link = browser.find("#assessment .basis-list a.provision-link");
        link.click();
        browser.waitForText("#provision-dialog h2", "barnehageloven § 26");
        browser.screenshot("3-provision-dialog");
        assertAccessible("the provision dialog");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.wait.until(d -> !Boolean.TRUE.equals(browser.js("return document.getElementById('provision-dialog').open")));
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(link);

        // nynorsk: the page, its texts and the assessment's messages
        browser.find("#lang-switch").click();
        browser.wait.until(d -> "nn".equals(browser.js("return document.documentElement.lang")));
        assertThat(browser.find("h1").getText()).isEqualTo("Førebu ein søknad om forsøk");
        assertThat(browser.find("#step-search").getText()).isEqualTo("1. Finn føresegnene");
        assertThat(browser.find("label[for='ex-0-deviation']").getText()).isEqualTo("Kva vil de gjere annleis enn det føresegna seier?");
        assertThat(browser.find("#lang-switch").getText()).isEqualTo("Bokmål");
        browser.waitForText("#assessment-status", "Vurderinga er oppdatert");
        browser.fullScreenshot("4-nynorsk");
        assertAccessible("the page in nynorsk");

        // the request as JSON: a valid application under the contract, in nynorsk
        browser.find("#download-json").click();
        Path json = browser.download("soknad-forsok.json");
        Application downloaded = ContractJson.readApplication(Files.readAllBytes(json), json.toString());
        assertThat(downloaded.exemptions()).hasSize(2);
        assertThat(downloaded.exemptions().get(0).provision()).isEqualTo("barnehageloven § 26");
        assertThat(downloaded.language().code()).isEqualTo("nn");
        assertThat(downloaded.applicants().get(0).councilResolution().reference()).isEqualTo("PS 12/26");
        assertThat(downloaded.period().to().toString()).isEqualTo("2031-07-31");
        assertThat(downloaded.extension().previousPeriod().from().toString()).isEqualTo("2023-08-01");

        // the draft local regulation (vedtekter)
        browser.find("#make-regulation").click();
        browser.waitForText("#regulation-text", "Forskrift om forsøk med Bemanning i barnehagene");
        assertThat(browser.find("#regulation-text").getText()).contains("Fastsett av kommunestyret i Eksempel kommune",
                "med heimel i", "Forvaltningslova § 38", "[");
        assertThat(browser.all("#regulation-placeholders li")).isNotEmpty();
        browser.find("#download-regulation").click();
        assertThat(Files.readString(browser.download("utkast-lokal-forskrift.txt"))).contains("Forskrift om forsøk med");
        browser.fullScreenshot("5-local-regulation-draft");

        // the printable page: print is stubbed, the summary is built
        browser.js("window.print = () => { window.__printed = true; };");
        browser.find("#print-application").click();
        assertThat(browser.js("return window.__printed === true")).isEqualTo(true);
        assertThat(browser.js("return document.getElementById('print-summary').textContent"))
                .asString().contains("Bemanning i barnehagene", "barnehageloven § 26");
    }

    @Test
    void aCaseworkerPastesAnApplicationAndGetsAPrintableReport() throws Exception {
        browser.get("/saksbehandler.html");
        assertAccessible("the caseworker page");
        String application = Files.readString(Path.of("src/test/resources/web/application-school.json"));

        // bad input first: the problems name the field
        browser.setValue("cw-json", "{\"exemptions\": []}");
        browser.find("#cw-assess").click();
        browser.waitForText("#cw-errors", "exemptions");
        assertThat(browser.find("#cw-errors .error-summary").getAttribute("role")).isEqualTo("alert");

        browser.setValue("cw-json", application);
        browser.find("#cw-assess").click();
        browser.find("#report");
        browser.waitForText("#report-title", "Forhåndsvurdering av søknad om forsøk");
        WebElement report = browser.find("#report");
        assertThat(report.findElement(By.cssSelector(".outcome")).getAttribute("data-outcome")).isNotBlank();
        assertThat(report.findElements(By.cssSelector(".exemption-table tbody tr"))).hasSize(2);
        assertThat(report.findElement(By.cssSelector(".versions")).getText())
                .contains(no.forsokssjekk.Forsokssjekk.VERSION);
        assertThat(report.findElements(By.cssSelector("li.finding[data-code='UNKNOWN_PROVISION']"))).isNotEmpty();
        assertThat(browser.find("#cw-print").isEnabled()).isTrue();
        browser.fullScreenshot("6-caseworker-report");
        assertAccessible("the caseworker report");

        browser.find("#lang-switch").click();
        browser.waitForText("#report-title", "Førehandsvurdering av søknad om forsøk");
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("nn");
    }

    @Test
    void thePageWorksOnANarrowScreen() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.get("/");
        browser.find("#search-q").sendKeys("bhl § 26", Keys.ENTER);
        browser.waitFor("#hits li.hit");
        Object overflow = browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
        browser.screenshot("7-narrow-screen");
        assertAccessible("the narrow screen");
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits li.hit .add-hit"))).click();
        browser.waitFor("#ex-0-provision");
    }
}
