// The provision page (bestemmelse.html?id=…): the same view as the dialog, for a new tab or a printout.
import { initLang, t } from "./i18n.js";
import { api, el, renderProvision } from "./common.js";

async function show() {
  const id = new URLSearchParams(location.search).get("id") || "";
  const box = document.getElementById("provision");
  try {
    const p = await api("/api/provisions?id=" + encodeURIComponent(id));
    box.replaceChildren(renderProvision(p, "provision-title"));
    document.title = p.citation + " – " + t("service");
    const h2 = box.querySelector("h2");
    const h1 = el("h1", { id: "provision-title" }, h2.textContent);
    h2.replaceWith(h1);
  } catch (e) {
    box.replaceChildren(el("h1", {}, t("provision.dialog")), el("p", {}, t("provision.notFound")));
  }
}

initLang();
show();
document.addEventListener("langchange", show);
