// The applicant's page: search, build the request, see the pre-assessment update, download.
import { initLang, lang, t, applyTexts } from "./i18n.js";
import { api, postJson, el, highlighted, renderAssessment, renderProblems, provisionLink, openProvision, download,
  debounce, formatDate, ApiError, renderVersions } from "./common.js";

const DRAFT_KEY = "forsokssjekk.draft";
const APPLICANT_TYPES = ["MUNICIPALITY", "COUNTY_MUNICIPALITY", "INTERMUNICIPAL_COOPERATION", "STATE_AGENCY",
  "PRIVATE_SCHOOL", "FOLK_HIGH_SCHOOL", "PRIVATE_COMPANY", "OTHER"];
const EFFECTS = ["UNKNOWN", "NONE", "RESTRICTS_RIGHTS", "EXTENDS_DUTIES", "EXPANDS_RIGHTS"];
const PAGE_SIZE = 10;

const state = {
  exemptions: [],   // {provision, deviation, replacement, effectOnIndividuals, label}
  applicants: [],   // {name, type, orgNumber, resolutionDate, resolutionReference}
  assessmentDate: null,
  search: { q: "", page: 0, filters: {}, result: null },
  lastAssessment: null,
};

const $ = (id) => document.getElementById(id);
const blank = (v) => (v === undefined || v === null || String(v).trim() === "" ? null : String(v).trim());

// ---------- search ----------

async function runSearch(page = 0) {
  const q = $("search-q").value.trim();
  if (!q) return;
  state.search.q = q;
  state.search.page = page;
  const params = new URLSearchParams({ q, page: String(page), size: String(PAGE_SIZE), lang: lang() });
  for (const [name, values] of Object.entries(state.search.filters)) values.forEach((v) => params.append(name, v));
  $("search-status").textContent = t("search.searching");
  try {
    state.search.result = await api("/api/provisions/search?" + params);
    renderSearch();
  } catch (e) {
    $("search-status").textContent = t("search.error");
  }
}

function renderSearch() {
  const r = state.search.result;
  if (!r) return;
  $("search-results").hidden = false;
  $("search-status").textContent = r.total === 0 ? t("search.none", { q: r.query })
    : r.total === 1 ? t("search.count.one", { q: r.query }) : t("search.count", { n: r.total, q: r.query });
  if (r.didYouMean) {
    $("search-status").append(" ", el("span", {}, t("search.didYouMean") + " "),
      el("button", { type: "button", class: "link-button", onclick: () => { $("search-q").value = r.didYouMean; runSearch(0); } },
        r.didYouMean), "?");
  }
  for (const notice of r.notices || []) $("search-status").append(el("span", { class: "notice" }, " " + notice));
  renderFacets(r.facets || []);
  const included = new Set(state.exemptions.map((e) => e.id).filter(Boolean));
  $("hits").replaceChildren(...r.hits.map((hit) => renderHit(hit, included.has(hit.id))));
  renderPaging(r);
}

function renderHit(hit, added) {
  const headingId = "hit-" + hit.id.replace(/[^A-Za-z0-9]/g, "_");
  const li = el("li", { class: "hit", "data-id": hit.id });
  li.append(el("h4", { id: headingId }, provisionLink(hit.id, hit.citation + (hit.title ? " – " + hit.title : ""))));
  li.append(el("p", { class: "law-title" }, hit.lawTitle || "", hit.repealed ? el("span", { class: "tag warn" }, t("hit.repealed")) : null));
  if (hit.snippet) li.append(el("p", { class: "snippet" }, highlighted(hit.snippet)));
  li.append(el("p", { class: "hit-authority" }, el("strong", {}, t("hit.authority") + ": "),
    hit.trialAuthority ? provisionLink(hit.trialAuthority.citation, hit.trialAuthority.citation) : t("hit.noAuthority"),
    hit.authorityNote ? el("span", { class: "authority-note" }, " – " + hit.authorityNote) : null));
  if (hit.classifications?.length) {
    li.append(el("ul", { class: "tags" }, hit.classifications.map((c) => el("li", { class: "tag" }, t("class." + c)))));
  }
  const add = el("button", { type: "button", class: "button small add-hit", "aria-describedby": headingId,
    onclick: () => addExemption({ provision: hit.citation, id: hit.id, label: hit.citation + (hit.title ? " – " + hit.title : "") }, add) },
  added ? t("hit.added") : t("hit.add"));
  if (added) add.disabled = true;
  li.append(el("div", { class: "hit-actions" }, add));
  return li;
}

function renderFacets(facets) {
  const groups = $("facet-groups");
  groups.replaceChildren();
  for (const facet of facets) {
    if (!facet.values.length) continue;
    const fs = el("fieldset", { class: "facet" }, el("legend", {}, t("facet." + facet.name)));
    facet.values.slice(0, 12).forEach((v, i) => {
      const id = "facet-" + facet.name + "-" + i;
      const label = facet.name === "ownTrialProvision" ? t("facet." + v.value) : v.label || v.value;
      fs.append(el("div", { class: "check" },
        el("input", { type: "checkbox", id, name: facet.name, value: v.value, checked: v.selected,
          onchange: (e) => toggleFilter(facet.name, v.value, e.target.checked) }),
        el("label", { for: id }, label + " (" + v.count + ")")));
    });
    groups.append(fs);
  }
}

function toggleFilter(name, value, on) {
  const values = new Set(state.search.filters[name] || []);
  if (on) values.add(value); else values.delete(value);
  if (values.size) state.search.filters[name] = [...values]; else delete state.search.filters[name];
  runSearch(0);
}

function renderPaging(r) {
  const pages = Math.max(1, Math.ceil(r.total / PAGE_SIZE));
  const nav = $("paging");
  nav.replaceChildren();
  if (pages <= 1) return;
  nav.append(
    el("button", { type: "button", class: "button secondary small", disabled: r.page === 0, onclick: () => runSearch(r.page - 1) }, t("page.prev")),
    el("span", { class: "page-of" }, t("page.of", { p: r.page + 1, n: pages })),
    el("button", { type: "button", class: "button secondary small", disabled: r.page + 1 >= pages, onclick: () => runSearch(r.page + 1) }, t("page.next")));
}

const suggest = debounce(async () => {
  const q = $("search-q").value.trim();
  if (q.length < 2) return;
  try {
    const suggestions = await api("/api/suggest?limit=8&q=" + encodeURIComponent(q));
    $("search-suggestions").replaceChildren(...suggestions.map((s) => el("option", { value: s.text }, s.label)));
  } catch (e) { /* suggestions are a convenience */ }
}, 250);

// ---------- exemptions ----------

function addExemption(exemption, button) {
  state.exemptions.push({ provision: exemption.provision || "", deviation: "", replacement: "", effectOnIndividuals: "UNKNOWN",
    id: exemption.id || null, label: exemption.label || null });
  renderExemptions();
  const n = state.exemptions.length;
  $("exemptions-status").textContent = t("exemptions.added", { citation: exemption.provision || "", n });
  if (button) { button.textContent = t("hit.added"); button.disabled = true; }
  else $("ex-" + (n - 1) + "-provision")?.focus();
  changed();
}

function removeExemption(i) {
  state.exemptions.splice(i, 1);
  renderExemptions();
  $("exemptions-status").textContent = t("exemptions.removed", { n: i + 1 });
  $("add-exemption").focus();
  renderSearch();
  changed();
}

function renderExemptions() {
  $("exemptions-empty").hidden = state.exemptions.length > 0;
  $("exemptions").replaceChildren(...state.exemptions.map((ex, i) => {
    const bind = (key) => (e) => { ex[key] = e.target.value; if (key === "provision") { ex.id = null; ex.label = null; } changed(); };
    const p = "ex-" + i + "-";
    const effect = el("fieldset", { class: "group radios", id: p + "effect" },
      el("legend", {}, t("exemption.effect")),
      EFFECTS.map((v) => el("label", {},
        el("input", { type: "radio", name: p + "effect", value: v, checked: ex.effectOnIndividuals === v,
          onchange: () => { ex.effectOnIndividuals = v; changed(); } }), " ", t("effect." + v))));
    return el("li", { class: "exemption" }, el("fieldset", { class: "group" },
      el("legend", {}, t("exemption.legend", { n: i + 1 }) + (ex.label ? ": " + ex.label : "")),
      el("div", { class: "field" },
        el("label", { for: p + "provision" }, t("exemption.provision")),
        el("p", { class: "hint", id: p + "provision-hint" }, t("exemption.provision.hint")),
        el("input", { type: "text", id: p + "provision", value: ex.provision, maxlength: "500", "aria-describedby": p + "provision-hint",
          oninput: bind("provision") })),
      el("div", { class: "field" },
        el("label", { for: p + "deviation" }, t("exemption.deviation")),
        textarea(p + "deviation", ex.deviation, bind("deviation"))),
      el("div", { class: "field" },
        el("label", { for: p + "replacement" }, t("exemption.replacement")),
        textarea(p + "replacement", ex.replacement, bind("replacement"))),
      effect,
      el("button", { type: "button", class: "button secondary small", onclick: () => removeExemption(i) },
        t("exemption.remove", { n: i + 1 }))));
  }));
}

function textarea(id, value, oninput) {
  const ta = el("textarea", { id, rows: "3", oninput });
  ta.value = value || "";
  return ta;
}

// ---------- applicants ----------

function renderApplicants() {
  $("applicants").replaceChildren(...state.applicants.map((ap, i) => {
    const p = "ap-" + i + "-";
    const bind = (key) => (e) => { ap[key] = e.target.value; changed(); };
    const type = el("select", { id: p + "type", onchange: bind("type") },
      APPLICANT_TYPES.map((v) => el("option", { value: v, selected: ap.type === v }, t("type." + v))));
    return el("li", { class: "applicant" }, el("fieldset", { class: "group" },
      el("legend", {}, t("applicant.legend", { n: i + 1 })),
      el("div", { class: "field" }, el("label", { for: p + "name" }, t("applicant.name")),
        el("input", { type: "text", id: p + "name", value: ap.name, maxlength: "500", autocomplete: "organization", oninput: bind("name") })),
      el("div", { class: "field" }, el("label", { for: p + "type" }, t("applicant.type")), type),
      el("div", { class: "field" }, el("label", { for: p + "orgNumber" }, t("applicant.orgNumber")),
        el("input", { type: "text", id: p + "orgNumber", value: ap.orgNumber, inputmode: "numeric", maxlength: "11", oninput: bind("orgNumber") })),
      el("div", { class: "date-row" },
        el("div", { class: "field" }, el("label", { for: p + "resolutionDate" }, t("applicant.resolutionDate")),
          el("input", { type: "date", id: p + "resolutionDate", value: ap.resolutionDate, oninput: bind("resolutionDate") })),
        el("div", { class: "field" }, el("label", { for: p + "resolutionReference" }, t("applicant.resolutionReference")),
          el("input", { type: "text", id: p + "resolutionReference", value: ap.resolutionReference, maxlength: "500", oninput: bind("resolutionReference") }))),
      state.applicants.length > 1 ? el("button", { type: "button", class: "button secondary small",
        onclick: () => { state.applicants.splice(i, 1); renderApplicants(); $("add-applicant").focus(); changed(); } },
      t("applicant.remove", { n: i + 1 })) : null));
  }));
}

function newApplicant() {
  return { name: "", type: "MUNICIPALITY", orgNumber: "", resolutionDate: "", resolutionReference: "" };
}

// ---------- the application ----------

function radio(name) {
  const v = document.querySelector(`input[name="${name}"]:checked`)?.value;
  return v === "true" ? true : v === "false" ? false : null;
}

/** The application as the JSON contract wants it (docs/schema/application.schema.json). */
export function buildApplication() {
  const from = blank($("f-from").value);
  const to = blank($("f-to").value);
  const hearingDate = blank($("f-hearingDate").value);
  const hearingSummary = blank($("f-hearingSummary").value);
  return {
    stage: $("f-stage").value,
    assessmentDate: state.assessmentDate,
    language: lang(),
    applicants: state.applicants.filter((a) => blank(a.name)).map((a) => ({
      name: a.name.trim(), type: a.type, orgNumber: blank(a.orgNumber),
      councilResolution: blank(a.resolutionDate) || blank(a.resolutionReference)
        ? { date: blank(a.resolutionDate), reference: blank(a.resolutionReference) } : null,
    })),
    title: blank($("f-title").value),
    description: blank($("f-description").value),
    purpose: blank($("f-purpose").value),
    period: from || to ? { from, to } : null,
    extension: $("f-isExtension").checked ? {
      previousPeriod: { from: blank($("f-previousFrom").value), to: blank($("f-previousTo").value) },
      reform: blank($("f-reform").value) } : null,
    exemptions: state.exemptions.map((e) => ({ provision: e.provision.trim(), deviation: blank(e.deviation),
      replacement: blank(e.replacement), effectOnIndividuals: e.effectOnIndividuals })),
    affectsChildren: radio("affectsChildren"),
    processesPersonalData: radio("processesPersonalData"),
    evaluationPlan: blank($("f-evaluationPlan").value),
    employeeInvolvement: blank($("f-employeeInvolvement").value),
    localRegulationDraft: blank($("f-localRegulationDraft").value),
    hearing: hearingDate || hearingSummary ? { date: hearingDate, summary: hearingSummary } : null,
  };
}

function fillForm(app) {
  $("f-stage").value = app.stage === "FINAL" ? "FINAL" : "PRELIMINARY";
  $("f-title").value = app.title || "";
  $("f-description").value = app.description || "";
  $("f-purpose").value = app.purpose || "";
  $("f-from").value = app.period?.from || "";
  $("f-to").value = app.period?.to || "";
  $("f-evaluationPlan").value = app.evaluationPlan || "";
  $("f-employeeInvolvement").value = app.employeeInvolvement || "";
  $("f-localRegulationDraft").value = app.localRegulationDraft || "";
  $("f-hearingDate").value = app.hearing?.date || "";
  $("f-hearingSummary").value = app.hearing?.summary || "";
  for (const name of ["affectsChildren", "processesPersonalData"]) {
    const v = app[name] === true ? "true" : app[name] === false ? "false" : "";
    const input = document.querySelector(`input[name="${name}"][value="${v}"]`);
    if (input) input.checked = true;
  }
  $("f-isExtension").checked = !!app.extension;
  $("f-previousFrom").value = app.extension?.previousPeriod?.from || "";
  $("f-previousTo").value = app.extension?.previousPeriod?.to || "";
  $("f-reform").value = app.extension?.reform || "";
  showExtension();
  state.assessmentDate = app.assessmentDate || null;
  state.exemptions = (app.exemptions || []).map((e) => ({ provision: e.provision || "", deviation: e.deviation || "",
    replacement: e.replacement || "", effectOnIndividuals: e.effectOnIndividuals || "UNKNOWN", id: null, label: null }));
  state.applicants = (app.applicants || []).map((a) => ({ name: a.name || "", type: a.type || "MUNICIPALITY",
    orgNumber: a.orgNumber || "", resolutionDate: a.councilResolution?.date || "",
    resolutionReference: a.councilResolution?.reference || "" }));
  if (!state.applicants.length) state.applicants.push(newApplicant());
  renderApplicants();
  renderExemptions();
}

/** Where a problem's field is on the page, so the error summary can link to it. */
function inputFor(field) {
  if (!field) return null;
  let m = field.match(/^exemptions\[(\d+)\]\.(provision|deviation|replacement|effectOnIndividuals)/);
  if (m) return "ex-" + m[1] + "-" + (m[2] === "effectOnIndividuals" ? "effect" : m[2]);
  m = field.match(/^applicants\[(\d+)\]\.(name|type|orgNumber|councilResolution\.date|councilResolution\.reference)/);
  if (m) return "ap-" + m[1] + "-" + ({ "councilResolution.date": "resolutionDate", "councilResolution.reference": "resolutionReference" }[m[2]] || m[2]);
  const simple = { "period.from": "f-from", "period.to": "f-to", "period": "f-from", "hearing.date": "f-hearingDate",
    "hearing.summary": "f-hearingSummary", "exemptions": "add-exemption", "stage": "f-stage",
    "extension.previousPeriod": "f-previousFrom", "extension.previousPeriod.from": "f-previousFrom",
    "extension.previousPeriod.to": "f-previousTo", "extension.reform": "f-reform" };
  if (simple[field]) return simple[field];
  const plain = field.split(".")[0];
  return $("f-" + plain) ? "f-" + plain : null;
}

function showExtension() {
  const on = $("f-isExtension").checked;
  $("extension-fields").hidden = !on;
}

// ---------- the live assessment ----------

let inflight = null;

async function assess() {
  const app = buildApplication();
  const target = $("assessment");
  if (app.exemptions.length === 0) {
    target.replaceChildren(el("p", {}, t("assessment.waiting")));
    $("assessment-status").textContent = "";
    state.lastAssessment = null;
    return;
  }
  inflight?.abort();
  inflight = new AbortController();
  $("assessment-status").textContent = t("assessment.updating");
  target.setAttribute("aria-busy", "true");
  try {
    const assessment = await postJson("/api/assessments", app, inflight.signal);
    state.lastAssessment = assessment;
    renderAssessment(target, assessment, 3);
    $("assessment-status").textContent = t("assessment.updated",
      { outcome: t("outcome." + assessment.outcome), n: assessment.findings.length });
  } catch (e) {
    if (e.name === "AbortError") return;
    state.lastAssessment = null;
    if (e instanceof ApiError && e.status === 400) {
      renderProblems(target, e, inputFor);
      $("assessment-status").textContent = t("assessment.cannot");
    } else {
      target.replaceChildren(el("p", { class: "error" }, t("assessment.error")));
      $("assessment-status").textContent = t("assessment.error");
    }
  } finally {
    target.removeAttribute("aria-busy");
  }
}

const assessSoon = debounce(assess, 600);

function save() {
  try { sessionStorage.setItem(DRAFT_KEY, JSON.stringify(buildApplication())); } catch (e) { /* storage full or off */ }
}

function changed() {
  save();
  assessSoon();
}

// ---------- downloads ----------

function downloadJson() {
  download("soknad-forsok.json", JSON.stringify(buildApplication(), null, 2) + "\n", "application/json");
  $("download-status").textContent = t("download.saved");
}

async function makeRegulation() {
  const status = $("download-status");
  try {
    const draft = await postJson("/api/local-regulation-drafts", buildApplication());
    $("regulation").hidden = false;
    $("regulation-text").textContent = draft.text;
    $("regulation-placeholders").replaceChildren(...[...new Set(draft.placeholders)].map((p) => el("li", {}, p)));
    $("regulation").dataset.text = draft.text;
    status.textContent = t("download.regulation.title");
    $("regulation-title").setAttribute("tabindex", "-1");
    $("regulation-title").focus();
  } catch (e) {
    renderProblems(status, e, inputFor);
  }
}

function printApplication() {
  const app = buildApplication();
  const box = $("print-summary");
  const row = (label, value) => [el("dt", {}, label), el("dd", {}, value || t("report.missing"))];
  box.replaceChildren(
    el("h1", {}, t("print.title") + (app.title ? ": " + app.title : "")),
    el("dl", { class: "summary" },
      row(t("field.stage"), t("stage." + app.stage)),
      row(t("report.applicants"), app.applicants.map((a) => a.name + " (" + t("type." + a.type) + ")"
        + (a.councilResolution ? ", " + formatDate(a.councilResolution.date) + " " + (a.councilResolution.reference || "") : "")).join("; ")),
      row(t("report.period"), app.period ? formatDate(app.period.from) + " – " + formatDate(app.period.to) : null),
      row(t("field.description"), app.description),
      row(t("field.purpose"), app.purpose),
      row(t("field.evaluationPlan"), app.evaluationPlan),
      row(t("field.employeeInvolvement"), app.employeeInvolvement),
      row(t("field.hearing"), app.hearing ? formatDate(app.hearing.date) + (app.hearing.summary ? ": " + app.hearing.summary : "") : null),
      row(t("field.affectsChildren"), app.affectsChildren === null ? t("answer.unknown") : app.affectsChildren ? t("answer.yes") : t("answer.no")),
      row(t("field.processesPersonalData"), app.processesPersonalData === null ? t("answer.unknown") : app.processesPersonalData ? t("answer.yes") : t("answer.no"))),
    el("h2", {}, t("step.exemptions").replace(/^\d+\.\s*/, "")),
    el("ol", {}, app.exemptions.map((e) => el("li", {},
      el("p", {}, el("strong", {}, e.provision)),
      el("p", {}, t("exemption.deviation") + " " + (e.deviation || t("report.missing"))),
      el("p", {}, t("exemption.replacement") + " " + (e.replacement || t("report.missing"))),
      el("p", {}, t("exemption.effect") + " " + t("effect." + e.effectOnIndividuals))))));
  if (app.localRegulationDraft) box.append(el("h2", {}, t("field.localRegulationDraft")), el("pre", { class: "regulation-text" }, app.localRegulationDraft));
  if (state.lastAssessment) {
    const report = el("div", {});
    renderAssessment(report, state.lastAssessment, 3);
    box.append(el("h2", {}, t("print.assessmentTitle")), report);
    renderVersions(box, state.lastAssessment, 3);
  }
  box.append(el("p", { class: "hint" }, t("print.generated", { date: formatDate(new Date().toISOString().slice(0, 10)) })));
  window.print();
}

async function openFile(file) {
  const status = $("open-status");
  try {
    const app = JSON.parse(await file.text());
    if (typeof app !== "object" || app === null || Array.isArray(app)) throw new Error("not an object");
    fillForm(app);
    status.textContent = t("open.loaded", { title: app.title || file.name });
    changed();
  } catch (e) {
    status.textContent = t("open.failed", { msg: e.message });
  }
}

// ---------- start ----------

function start() {
  initLang();
  let saved = null;
  try { saved = JSON.parse(sessionStorage.getItem(DRAFT_KEY) || "null"); } catch (e) { saved = null; }
  if (saved) fillForm(saved); else { state.applicants.push(newApplicant()); renderApplicants(); renderExemptions(); }

  $("search-form").addEventListener("submit", (e) => { e.preventDefault(); state.search.filters = {}; runSearch(0); });
  $("search-q").addEventListener("input", suggest);
  $("f-isExtension").addEventListener("change", showExtension);
  $("add-exemption").addEventListener("click", () => addExemption({ provision: "" }));
  $("add-applicant").addEventListener("click", () => {
    state.applicants.push(newApplicant());
    renderApplicants();
    $("ap-" + (state.applicants.length - 1) + "-name").focus();
    changed();
  });
  $("application-form").addEventListener("input", (e) => { if (e.target.id?.startsWith("f-") || e.target.name) changed(); });
  $("application-form").addEventListener("change", changed);
  $("application-form").addEventListener("submit", (e) => e.preventDefault());
  $("download-json").addEventListener("click", downloadJson);
  $("print-application").addEventListener("click", printApplication);
  $("make-regulation").addEventListener("click", makeRegulation);
  $("download-regulation").addEventListener("click", () =>
    download("utkast-lokal-forskrift.txt", $("regulation").dataset.text || "", "text/plain"));
  $("open-file").addEventListener("change", (e) => { if (e.target.files[0]) openFile(e.target.files[0]); });
  document.addEventListener("langchange", () => {
    renderApplicants();
    renderExemptions();
    applyTexts(document);
    if (state.search.q) runSearch(state.search.page); // summaries and notices come in the chosen language
    if (state.exemptions.length) assess();
  });
  if (state.exemptions.length) assess();
}

start();
