// The caseworker's page: open or paste an application, get the pre-assessment as a report to print or attach.
import { initLang, t } from "./i18n.js";
import { el, postJson, renderAssessment, renderOutcome, renderVersions, renderProblems, formatDate, ApiError } from "./common.js";

const $ = (id) => document.getElementById(id);
let lastApplication = null;

async function makeReport() {
  const text = $("cw-json").value.trim();
  $("cw-errors").replaceChildren();
  if (!text) {
    $("cw-status").textContent = t("caseworker.empty");
    $("cw-json").focus();
    return;
  }
  let app;
  try {
    app = JSON.parse(text);
  } catch (e) {
    $("cw-status").textContent = t("caseworker.invalidJson", { msg: e.message });
    $("cw-json").focus();
    return;
  }
  $("cw-status").textContent = t("caseworker.working");
  try {
    const assessment = await postJson("/api/assessments", app);
    lastApplication = app;
    renderReport(app, assessment);
    $("cw-status").textContent = t("caseworker.done");
    $("cw-print").disabled = false;
    $("report-title").focus();
  } catch (e) {
    $("report").hidden = true;
    $("cw-print").disabled = true;
    if (e instanceof ApiError && e.problem) {
      renderProblems($("cw-errors"), e);
      $("cw-status").textContent = t("assessment.cannot");
      $("cw-errors").querySelector(".error-summary")?.focus();
    } else {
      $("cw-status").textContent = t("assessment.error");
    }
  }
}

function renderReport(app, assessment) {
  const report = $("report");
  report.hidden = false;
  report.replaceChildren(el("h2", { id: "report-title", tabindex: "-1" }, t("report.title") + (app.title ? ": " + app.title : "")),
    renderOutcome(assessment));
  const dl = el("dl", { class: "summary" });
  const row = (label, value) => dl.append(el("dt", {}, label), el("dd", {}, value || t("report.missing")));
  row(t("report.applicants"), (app.applicants || []).map((a) => a.name + " (" + t("type." + a.type) + ")"
    + (a.councilResolution ? ", " + formatDate(a.councilResolution.date) + (a.councilResolution.reference ? " " + a.councilResolution.reference : "") : "")).join("; "));
  row(t("report.stage"), t("stage." + (app.stage || "PRELIMINARY")));
  row(t("report.period"), app.period ? formatDate(app.period.from) + " – " + formatDate(app.period.to) : null);
  row(t("report.assessmentDate"), formatDate(assessment.assessmentDate));
  report.append(el("h3", {}, t("report.application")), dl);

  report.append(el("h3", {}, t("report.exemptions")));
  const table = el("table", { class: "exemption-table" },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "#"), el("th", { scope: "col" }, t("report.col.input")),
      el("th", { scope: "col" }, t("report.col.provision")), el("th", { scope: "col" }, t("report.col.basis")))),
    el("tbody", {}, assessment.exemptions.map((ex, i) => el("tr", {},
      el("td", {}, String(i + 1)), el("td", {}, ex.input),
      el("td", {}, ex.provision ? ex.provision.citation + (ex.provision.title ? " – " + ex.provision.title : "") : t("assessment.unresolved")),
      el("td", {}, (ex.legalBasis || []).length ? ex.legalBasis.map((b) => el("p", {},
        el("strong", {}, t("basis." + b.kind) + (b.authority ? ": " + b.authority.citation : "")),
        (b.preferred ? " (" + t("assessment.preferred") + ")" : "") + (b.reason ? " – " + b.reason : "")
        + (b.decisionMaker ? ". " + t("assessment.decisionMaker") + ": " + b.decisionMaker : ""))) : t("assessment.noBasis"))))));
  report.append(el("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": t("report.exemptions") }, table));

  const details = el("div", { class: "assessment" });
  renderAssessment(details, assessment, 3, { outcome: false, basis: false });
  report.append(details);
  renderVersions(report, assessment, 3);
  report.append(el("p", { class: "hint" }, t("report.disclaimer")));
}

async function openFile(file) {
  $("cw-json").value = await file.text();
  makeReport();
}

initLang();
$("caseworker-form").addEventListener("submit", (e) => { e.preventDefault(); makeReport(); });
$("cw-file").addEventListener("change", (e) => { if (e.target.files[0]) openFile(e.target.files[0]); });
$("cw-print").addEventListener("click", () => window.print());
document.addEventListener("langchange", () => { if (lastApplication && !$("report").hidden) makeReport(); });
