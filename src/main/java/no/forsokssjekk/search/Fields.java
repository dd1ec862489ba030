package no.forsokssjekk.search;

import java.util.Map;

/** The fields of the provision index: one Lucene document per § (ProvisionInfo), keyed by the shared provision id. */
final class Fields {
    private Fields() {
    }

    /** The provision id ({@code LOV-1992-06-26-87/§4}); exact, and in doc values to read it back per hit. */
    static final String ID = "id";
    /** The document key ({@code LOV-1992-06-26-87}); exact, for filters and law listings. */
    static final String DOC = "doc";

    // analysed with the Norwegian text chain (stemmed, split, folded)
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String KEYWORDS = "keywords";
    static final String CHAPTER = "chapter";
    static final String LAW = "law";
    /** The § text, ledd after ledd separated by {@link #LEDD_SEPARATOR}; with offsets for highlighting. */
    static final String BODY = "body";

    /** § labels in lower case without "§" ("14-3", "6a"); exact. */
    static final String LABEL = "label";

    // exact filter fields (lower case)
    static final String F_MINISTRY = "f_ministry";
    static final String F_AREA = "f_area";
    static final String F_SECTOR = "f_sector";
    static final String F_KIND = "f_kind";
    static final String F_STATUS = "f_status";

    /** Static quality: 1 for a current §, less for repealed or pending text (a multiplier on the score). */
    static final String PRIOR = "prior";
    /** The § in corpus order, for listing a whole law in its own order and for finding a §'s neighbours. */
    static final String ORDER = "order";
    /** The chapter a § stands in (its headings joined), in doc values. */
    static final String CHAPTER_KEY = "chapter_key";
    /** The §§ a § refers to (§-level ids), in doc values. */
    static final String REFERENCES = "refs";

    // facet dimensions (SortedSetDocValues)
    static final String FACET_LAW = "law";
    static final String FACET_MINISTRY = "ministry";
    static final String FACET_AREA = "area";
    static final String FACET_SECTOR = "sector";
    static final String FACET_KIND = "kind";

    static final String STATUS_CURRENT = "current";
    static final String STATUS_REPEALED = "repealed";

    /** Between ledd in the stored body: a paragraph separator, which no Lovdata text contains. */
    static final char LEDD_SEPARATOR = '\u2029';

    /** The analysed text fields a query searches, with their weights (§ heading and our words above the law text). */
    static final Map<String, Float> TEXT_FIELD_WEIGHTS = Map.of(
            TITLE, 2.0f,
            KEYWORDS, 4.0f,
            SUMMARY, 2.5f,
            LAW, 2.0f,
            CHAPTER, 1.0f,
            BODY, 1.0f);
}
