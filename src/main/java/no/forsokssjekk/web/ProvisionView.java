package no.forsokssjekk.web;

import java.time.LocalDate;
import java.util.List;
import no.forsokssjekk.Forsokssjekk;
import no.forsokssjekk.corpus.DocumentInfo;
import no.forsokssjekk.corpus.Ledd;
import no.forsokssjekk.corpus.ProvisionInfo;
import no.forsokssjekk.corpus.TrialAuthorityCoverage;
import no.forsokssjekk.corpus.catalogue.Classification;
import no.forsokssjekk.corpus.catalogue.LocalizedText;

/**
 * One provision as the page shows it: our summary and classifications, Lovdata's text when loaded, the trial
 * authorities that reach it and a link to the law at Lovdata.
 *
 * @param text           the ledd of Lovdata's text, or null when only the embedded catalogue is loaded
 * @param trialAuthority the authority most likely to cover it on the date, or null
 * @param coveredBy      all authorities whose coverage includes the law on the date
 */
record ProvisionView(String id, String citation, String title, String lawId, String lawTitle, String ministry,
                     LocalizedText summary, List<String> keywords, List<Classification> classifications,
                     List<Ledd> text, ProvisionSearch.AuthorityLink trialAuthority,
                     List<ProvisionSearch.AuthorityLink> coveredBy, String lovdataUrl, boolean repealed) {

    static ProvisionView of(ProvisionInfo p, Forsokssjekk engine, LocalDate date) {
        TrialAuthorityCoverage coverage = new TrialAuthorityCoverage(engine.corpus());
        DocumentInfo d = p.document();
        return new ProvisionView(p.id().toString(), p.citation(), p.title(), d.key(), d.title(),
                d.ministry().orElse(null),
                p.catalogueEntry().map(e -> e.summary()).orElse(null),
                p.catalogueEntry().map(e -> e.keywords().all()).orElse(List.of()),
                p.curatedClassifications(),
                p.lovdataText().map(t -> t.ledd()).orElse(null),
                coverage.likelyAuthority(p, date).map(a -> new ProvisionSearch.AuthorityLink(a.id(), a.citation()))
                        .orElse(null),
                coverage.covering(d, date).stream().map(a -> new ProvisionSearch.AuthorityLink(a.id(), a.citation()))
                        .toList(),
                lovdataUrl(d.documentId()), p.repealed());
    }

    /** lovdata.no's address of a law (NL) or central regulation (SF). */
    static String lovdataUrl(String documentId) {
        if (documentId.startsWith("LOV-")) return "https://lovdata.no/dokument/NL/lov/" + documentId.substring(4);
        if (documentId.startsWith("FOR-")) return "https://lovdata.no/dokument/SF/forskrift/" + documentId.substring(4);
        return null;
    }
}
