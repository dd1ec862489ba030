// Shared by the pages: calling the API, building DOM safely (text only, never HTML from data),
// rendering an assessment, the provision dialog, downloads.
import { t, lang } from "./i18n.js";

/** Creates an element; children may be strings (added as text) or nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.substring(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** A snippet whose only markup is <mark>…</mark>: everything else becomes text. */
export function highlighted(snippet) {
  const frag = document.createDocumentFragment();
  if (!snippet) return frag;
  const parts = snippet.split(/(<mark>|<\/mark>)/);
  let marking = false;
  for (const p of parts) {
    if (p === "<mark>") { marking = true; continue; }
    if (p === "</mark>") { marking = false; continue; }
    if (!p) continue;
    frag.append(marking ? el("mark", {}, p) : document.createTextNode(p));
  }
  return frag;
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || "HTTP " + status);
    this.status = status;
    this.problem = problem;
  }
}

export async function api(path, options = {}) {
  const response = await fetch(path, {
    ...options,
    headers: { "Accept": "application/json", ...(options.body ? { "Content-Type": "application/json" } : {}) },
  });
  const type = response.headers.get("Content-Type") || "";
  const body = type.includes("json") ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export function postJson(path, value, signal) {
  return api(path, { method: "POST", body: JSON.stringify(value), signal });
}

/** "2027-08-01" → "1. august 2027" in the page's language. */
export function formatDate(iso) {
  if (!iso) return t("report.missing");
  const d = new Date(iso + "T12:00:00");
  if (isNaN(d)) return iso;
  // the month names are the same in bokmål and nynorsk
  const months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "desember"];
  return d.getDate() + ". " + months[d.getMonth()] + " " + d.getFullYear();
}

export function download(filename, text, type) {
  const blob = new Blob([text], { type: type + ";charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function provisionHref(id) {
  return "bestemmelse.html?id=" + encodeURIComponent(id);
}

/** A link to a provision: opens the provision in a dialog; a new tab gets the provision page. */
export function provisionLink(id, label) {
  return el("a", { href: provisionHref(id), class: "provision-link", "data-provision": id,
    onclick: (e) => { if (e.ctrlKey || e.metaKey || e.shiftKey) return; e.preventDefault(); openProvision(id, e.currentTarget); } },
  label || id);
}

const SEVERITIES = ["BLOCKER", "REVIEW", "MISSING_INFO", "NOTE"];

/**
 * Renders an assessment into the container: outcome, legal basis per exemption, findings grouped by severity with
 * their sources (links to the provision text) and what would resolve them.
 * @param headingLevel the level of the section headings inside (3 under an h2)
 */
export function renderAssessment(container, assessment, headingLevel = 3, { outcome = true, basis = true } = {}) {
  const h = "h" + headingLevel;
  const h2 = "h" + (headingLevel + 1);
  container.replaceChildren();
  if (outcome) container.append(renderOutcome(assessment));
  if (basis) renderBasis(container, assessment, h);
  renderFindings(container, assessment, h, h2);
}

/** The outcome as a banner. */
export function renderOutcome(assessment) {
  return el("p", { class: "outcome outcome-" + assessment.outcome, "data-outcome": assessment.outcome },
    el("strong", {}, t("report.outcome") + ": "), t("outcome." + assessment.outcome));
}

function renderBasis(container, assessment, h) {
  container.append(el(h, {}, t("assessment.legalBasis")));
  const list = el("ol", { class: "basis-list" });
  assessment.exemptions.forEach((ex, i) => {
    const item = el("li", { "data-exemption": i });
    item.append(el("span", { class: "basis-provision" },
      ex.provision ? provisionLink(ex.provision.id, ex.provision.citation + (ex.provision.title ? " – " + ex.provision.title : ""))
        : el("span", {}, ex.input + " (" + t("assessment.unresolved") + ")")));
    const bases = (ex.legalBasis || []).filter((b) => b.kind !== "NONE" || ex.legalBasis.length === 1);
    if (bases.length === 0) {
      item.append(el("p", { class: "basis none" }, t("assessment.noBasis")));
    } else {
      const ul = el("ul", { class: "basis" });
      for (const b of bases) {
        ul.append(el("li", { class: b.preferred ? "preferred" : "" },
          el("strong", {}, t("basis." + b.kind)),
          b.authority ? [": ", provisionLinkForAuthority(b.authority)] : null,
          b.preferred ? " (" + t("assessment.preferred") + ")" : null,
          b.reason ? el("span", { class: "reason" }, " – " + b.reason) : null,
          b.decisionMaker ? el("span", { class: "decision-maker" }, ". " + t("assessment.decisionMaker") + ": " + b.decisionMaker) : null));
      }
      item.append(ul);
    }
    list.append(item);
  });
  container.append(list);
}

function renderFindings(container, assessment, h, h2) {
  container.append(el(h, {}, t("assessment.findings")));
  if (assessment.findings.length === 0) container.append(el("p", {}, t("assessment.noFindings")));
  for (const severity of SEVERITIES) {
    const findings = assessment.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) continue;
    const group = el("section", { class: "findings severity-" + severity, "data-severity": severity });
    group.append(el(h2, {}, t("severity." + severity) + " (" + findings.length + ")"));
    const ul = el("ul", { class: "finding-list" });
    for (const f of findings) {
      const ex = f.exemptionIndex === null || f.exemptionIndex === undefined ? t("assessment.application")
        : t("assessment.exemption", { n: f.exemptionIndex + 1 }) + ": " + (assessment.exemptions[f.exemptionIndex]?.provision?.citation
          || assessment.exemptions[f.exemptionIndex]?.input || "");
      const li = el("li", { class: "finding", "data-code": f.code },
        el("p", { class: "finding-about" }, ex),
        el("p", { class: "finding-message" }, f.message || f.code));
      if (f.sources && f.sources.length) {
        li.append(el("p", { class: "finding-sources" }, t("assessment.sources") + ": ",
          f.sources.flatMap((s, i) => [i ? ", " : null, provisionLink(s.id, s.citation || s.id)])));
      }
      if (f.resolveBy) li.append(el("p", { class: "finding-resolve" }, el("strong", {}, t("assessment.resolveBy") + ": "), f.resolveBy));
      li.append(el("p", { class: "finding-code" }, f.code + (f.ruleId ? " · " + f.ruleId : "")));
      ul.append(li);
    }
    group.append(ul);
    container.append(group);
  }
}

function provisionLinkForAuthority(authority) {
  // an authority's id is the catalogue's, not a provision id; its citation resolves to the provision that gives it
  return authority.citation ? provisionLink(authority.citation, authority.citation)
    : el("span", { class: "authority" }, authority.id);
}

/** The versions block of a report: what lets the assessment be reproduced. */
export function renderVersions(container, assessment, headingLevel = 2) {
  const v = assessment.versions || {};
  container.append(el("h" + headingLevel, {}, t("report.versions")));
  const dl = el("dl", { class: "versions" });
  const row = (k, val) => dl.append(el("dt", {}, t(k)), el("dd", { class: "mono" }, val));
  row("report.version.engine", v.engine || "");
  row("report.version.rules", v.rules || "");
  row("report.version.corpus", v.corpus || "");
  row("report.version.lovdata", v.lovdataDataset || t("report.version.none"));
  row("report.assessmentDate", formatDate(assessment.assessmentDate));
  container.append(dl);
}

/** Problems from a problem detail as an error summary with links to the fields (when the page has them). */
export function renderProblems(container, error, fieldToInputId = () => null) {
  const problems = error?.problem?.problems?.length ? error.problem.problems
    : [{ field: error?.problem?.field || "", message: error?.problem?.detail || error.message, accepted: "" }];
  const ul = el("ul", {});
  for (const p of problems) {
    const id = fieldToInputId(p.field);
    const text = (p.field ? p.field + ": " : "") + p.message + (p.accepted ? " (" + p.accepted + ")" : "");
    ul.append(el("li", {}, id ? el("a", { href: "#" + id }, text) : text));
  }
  container.replaceChildren(el("div", { class: "error-summary", role: "alert", tabindex: "-1" },
    el("p", {}, el("strong", {}, t("assessment.cannot"))), ul));
}

let dialog;

/** Shows a provision in a modal dialog (focus moves in and back; Esc closes). */
export async function openProvision(id, opener) {
  if (!dialog) {
    dialog = el("dialog", { id: "provision-dialog", "aria-labelledby": "provision-dialog-title" });
    document.body.append(dialog);
    dialog.addEventListener("close", () => dialog.opener?.focus());
  }
  dialog.opener = opener;
  dialog.replaceChildren(el("p", {}, "…"));
  if (!dialog.open) dialog.showModal();
  try {
    const p = await api("/api/provisions?id=" + encodeURIComponent(id) + "&lang=" + lang());
    dialog.replaceChildren(renderProvision(p, "provision-dialog-title"),
      el("form", { method: "dialog", class: "dialog-actions" }, el("button", { class: "button", value: "close" }, t("provision.close"))));
  } catch (e) {
    dialog.replaceChildren(el("h2", { id: "provision-dialog-title" }, t("provision.dialog")), el("p", {}, t("provision.notFound")),
      el("form", { method: "dialog" }, el("button", { class: "button" }, t("provision.close"))));
  }
  dialog.querySelector("h2")?.setAttribute("tabindex", "-1");
  dialog.querySelector("h2")?.focus();
}

/** A provision: citation and title, our summary, the text when loaded, classifications, authority, Lovdata link. */
export function renderProvision(p, headingId) {
  const box = el("article", { class: "provision" });
  box.append(el("h2", { id: headingId }, p.citation + (p.title ? " – " + p.title : "")));
  box.append(el("p", { class: "law-title" }, p.lawTitle + (p.ministry ? " · " + p.ministry : "")));
  const summary = p.summary ? (lang() === "nn" && p.summary.nn ? p.summary.nn : p.summary.nb) : null;
  if (summary) box.append(el("h3", {}, t("provision.summary")), el("p", {}, summary));
  box.append(el("h3", {}, t("provision.text")));
  if (p.text && p.text.length) {
    for (const ledd of p.text) {
      box.append(el("p", { class: "ledd" }, "(" + ledd.number + ") " + ledd.text));
      if (ledd.items?.length) box.append(el("ol", { class: "items" }, ledd.items.map((i) => el("li", {}, (i.label ? i.label + ". " : "") + i.text))));
    }
  } else {
    box.append(el("p", {}, t("provision.noText")));
  }
  if (p.classifications?.length) {
    box.append(el("h3", {}, t("provision.classifications")));
    box.append(el("ul", { class: "classifications" }, p.classifications.map((c) =>
      el("li", {}, el("strong", {}, t("class." + c.kind)), c.reason ? " – " + c.reason : ""))));
  }
  box.append(el("h3", {}, t("provision.authority")));
  box.append(el("p", {}, p.trialAuthority ? p.trialAuthority.citation : t("hit.noAuthority")));
  if (p.lovdataUrl) box.append(el("p", {}, el("a", { href: p.lovdataUrl, rel: "noopener" }, t("provision.lovdata"))));
  return box;
}

/** Debounce: runs fn once input has been quiet for ms. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}
