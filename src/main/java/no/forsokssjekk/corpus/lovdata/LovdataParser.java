package no.forsokssjekk.corpus.lovdata;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import no.forsokssjekk.corpus.DocumentKind;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.Ledd;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.ListItem;
import no.forsokssjekk.corpus.Provision;
import no.forsokssjekk.corpus.ProvisionId;

/**
 * Reads one Lovdata XML file (a law {@code nl-…} or a regulation {@code sf-…}, see shared/reference/lovdata-format.md)
 * into a {@link LegalDocument}. The file is streamed with StAX; each § and the header's metadata list are read as a
 * small tree. Not thread-safe: use one parser per thread.
 *
 * <h2>Provision ids and repeated § labels</h2>
 * A § is keyed on the document key and its {@code data-name}, never on Lovdata's positional ids. Some documents repeat
 * a label (an EU act's articles {@code a1 …} reproduced after the regulation's own, a § 1 in an annex, or the same §
 * twice by mistake). The rule, applied in document order, is deterministic and gives every § a unique id:
 * <ol>
 *   <li>A label that occurs once, and the <em>first</em> occurrence of a repeated label, get {@code DOC/label}: the
 *       document's own text, which comes first, keeps the id people cite.</li>
 *   <li>A later occurrence is qualified by the parts it sits in: the {@code data-name}s of its enclosing sections
 *       that fit the qualifier grammar ({@code del…}, {@code kap…}, {@code vedlegg…}), outermost first, e.g.
 *       {@code FOR-2016-12-27-1883/vedlegg1/§1}. Sections without a data-name (EU acts reproduced "for
 *       information", appendices) and data-names of another form contribute nothing.</li>
 *   <li>If that id is still taken (the occurrences sit in the same named parts, or in none), the qualifier
 *       {@code del.N} is added, where N is the occurrence's number among the label's occurrences (2 for the second):
 *       {@code FOR-2024-11-13-3329/del.2/§6}. "del." followed by a number is never a Lovdata data-name.</li>
 * </ol>
 */
public final class LovdataParser {
    /**
     * Bumped whenever the parser's output or the cache format ({@link CorpusBinary}) changes, so that corpora cached
     * by an older version are imported again instead of reused (the cache folder's name carries it).
     */
    public static final int FORMAT_VERSION = 3;

    private static final Pattern FILE_NAME = Pattern.compile("(nl|sf)-\\d{8}-\\d+(-nn)?\\.xml");
    private static final Pattern QUALIFIER_NAME = Pattern.compile("(?:del|kap|vedlegg)[0-9A-Za-zÆØÅæøå.]+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ONLY_DASHES = Pattern.compile("[-–—\\s\\u00a0]*[-–—][-–—\\s\\u00a0]*");
    private static final Set<String> NOT_TEXT =
            Set.of("legalArticleHeader", "changesToParent", "footnotes", "footnotereference");
    private static final Set<String> BLOCK_TAGS = Set.of("article", "p", "div", "li", "tr", "td", "th", "table",
            "caption", "br", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "section", "figure", "figcaption",
            "dl", "dt", "dd", "thead", "tbody", "tfoot", "ol", "ul", "footer", "header");
    private static final Set<String> CONTAINER_CLASSES =
            Set.of("document-change", "change", "futureLegalArticle", "indent", "box", "listArticle");

    private final XMLInputFactory factory;

    public LovdataParser() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** Whether a file name is one of Lovdata's document files: {@code nl-YYYYMMDD-NNN[-nn].xml}, {@code sf-…}. */
    public static boolean isDocumentFileName(String fileName) {
        return FILE_NAME.matcher(fileName).matches();
    }

    /**
     * Parses one file. {@code fileName} is the bare name ({@code nl-18140517-000-nn.xml}): a {@code -nn} suffix makes
     * the document a nynorsk translation with its own key ({@code LOV-1814-05-17/nn}).
     *
     * @throws LovdataFormatException when the file is not well-formed XML or not a Lovdata document
     */
    public LegalDocument parse(String fileName, InputStream in) throws LovdataFormatException {
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(in, "UTF-8");
            return new DocumentReader(fileName).read(r);
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ")";
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int cut = msg.indexOf("\nMessage: ");
            if (cut >= 0) msg = msg.substring(cut + "\nMessage: ".length());
            throw new LovdataFormatException("not well-formed XML" + where + ": " + msg.strip(), e);
        } catch (RuntimeException e) {
            throw new LovdataFormatException("unexpected structure: " + e, e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing more to read
                }
            }
        }
    }

    /** Whether a document is an amending act not yet (fully) in force on the dataset date. */
    public static boolean isPendingAmendment(LegalDocument d, LocalDate datasetDate) {
        if (!isAmendingAct(d)) return false;
        String when = d.dateInForce() == null ? "" : d.dateInForce();
        Matcher m = DATE.matcher(when);
        boolean anyDate = false;
        while (m.find()) {
            anyDate = true;
            LocalDate date = parseDate(m.group());
            if (date != null && datasetDate != null && date.isAfter(datasetDate)) return true;
        }
        String rest = DATE.matcher(when).replaceAll("").replaceAll("[\\s,–-]", "");
        // "Kongen bestemmer", "departementet bestemmer", "Kongen fastset", "Ikkje i kraft", "Når …": not yet decided
        return !anyDate || !rest.isEmpty() && rest.toLowerCase(Locale.ROOT)
                .matches(".*(bestemmer|fastset|ikkjeikraft|ikkeikraft|når).*");
    }

    static boolean isAmendingAct(LegalDocument d) {
        String s = d.shortTitle() + "\n" + d.title();
        return s.matches("(?s)(Endringslov|Endringsforskrift|Lov om endring(ar|er)? i|Forskrift om endring(ar|er)? i).*")
                || s.matches("(?s).*\n(Lov om endring(ar|er)? i|Forskrift om endring(ar|er)? i).*");
    }

    static LocalDate parseDate(String s) {
        if (s == null) return null;
        Matcher m = DATE.matcher(s);
        if (!m.find()) return null;
        try {
            return LocalDate.parse(m.group());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whitespace runs (not no-break spaces, which Lovdata uses inside numbers) become one space. */
    static String normalise(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && !sb.isEmpty()) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The text of an element for display: footnote markers and notes left out, blocks separated by spaces. */
    static String plainText(Markup.Element e) {
        StringBuilder sb = new StringBuilder();
        appendPlain(e, sb);
        return normalise(sb);
    }

    private static void appendPlain(Markup.Element e, StringBuilder sb) {
        for (Object c : e.children) {
            if (c instanceof String s) {
                sb.append(s);
            } else {
                Markup.Element k = (Markup.Element) c;
                if (k.hasAnyClass(NOT_TEXT)) continue;
                boolean block = BLOCK_TAGS.contains(k.tag);
                if (block) sb.append(' ');
                appendPlain(k, sb);
                if (block) sb.append(' ');
            }
        }
    }

    /** One enclosing part or chapter while streaming. */
    private static final class SectionFrame {
        final int depth;
        final String dataName;
        String heading;

        SectionFrame(int depth, String dataName) {
            this.depth = depth;
            this.dataName = dataName;
        }
    }

    /** A § before its id is known (ids depend on the whole document, see the class comment). */
    private record ParsedArticle(String label, List<String> sectionNames, Provision provisional) {
    }

    /** The state of reading one document. */
    private static final class DocumentReader {
        private final String fileName;
        private final List<SectionFrame> sections = new ArrayList<>();
        private final List<ParsedArticle> articles = new ArrayList<>();
        private final ChangeTargets changeTargets = new ChangeTargets();
        private Markup.Element keyInfo;
        private String lang;
        private String headTitle;
        private String h1;
        private boolean sawMain;

        DocumentReader(String fileName) {
            this.fileName = fileName;
        }

        LegalDocument read(XMLStreamReader r) throws XMLStreamException, LovdataFormatException {
            int depth = 0;
            boolean inHead = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = r.getLocalName();
                    switch (name) {
                        case "html" -> lang = r.getAttributeValue(null, "lang");
                        case "head" -> inHead = true;
                        case "title" -> {
                            if (inHead) {
                                headTitle = plainText(Markup.read(r));
                                depth--;
                            }
                        }
                        case "dl" -> {
                            if (keyInfo == null && Markup.hasClass(r, "data-document-key-info")) {
                                keyInfo = Markup.read(r);
                                depth--;
                            }
                        }
                        case "main" -> sawMain = true;
                        case "section" -> sections.add(new SectionFrame(depth, r.getAttributeValue(null, "data-name")));
                        case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                            SectionFrame top = sections.isEmpty() ? null : sections.get(sections.size() - 1);
                            if (top != null && top.heading == null && top.depth == depth - 1) {
                                top.heading = plainText(Markup.read(r));
                                depth--;
                            } else if (name.equals("h1") && sawMain && h1 == null) {
                                h1 = plainText(Markup.read(r));
                                depth--;
                            }
                        }
                        case "article" -> {
                            if (Markup.hasClass(r, "legalArticle")) {
                                Markup.Element article = Markup.read(r);
                                depth--;
                                readArticle(article);
                            } else if (Markup.hasClass(r, "document-change")) {
                                changeTargets.open(r.getAttributeValue(null, "data-document"), depth);
                            } else if (Markup.hasClass(r, "change")) {
                                changeTargets.change(attribute -> r.getAttributeValue(null, attribute));
                            }
                        }
                        default -> {
                            // other elements: their children are streamed on
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("head")) inHead = false;
                    if (name.equals("article")) changeTargets.closeAt(depth);
                    if (name.equals("section") && !sections.isEmpty()
                            && sections.get(sections.size() - 1).depth == depth) {
                        sections.remove(sections.size() - 1);
                    }
                    depth--;
                }
            }
            return build();
        }

        private void readArticle(Markup.Element article) {
            changeTargets.readWithin(article); // a new act's § may amend other acts ("§ 30. Endringer i andre lover")
            ArticleReader a = new ArticleReader();
            a.read(article);
            String label = article.attr("data-name");
            if (label == null || label.isBlank()) label = ProvisionId.normaliseLabel(a.displayNumber);
            if (label.isBlank()) return; // a § with neither a data-name nor a number cannot be addressed
            List<String> names = new ArrayList<>();
            List<String> path = new ArrayList<>();
            for (SectionFrame f : sections) {
                names.add(f.dataName);
                if (f.heading != null && !f.heading.isBlank()) path.add(f.heading);
            }
            Provision provisional = new Provision(null, a.displayNumber, a.title, path, a.ledd(), a.repealedDate,
                    a.omitted, String.join(" ", a.history), List.copyOf(a.references), TextHash.of(article),
                    a.footnotes, a.notes);
            articles.add(new ParsedArticle(ProvisionId.normaliseLabel(label), names, provisional));
        }

        private LegalDocument build() throws LovdataFormatException {
            if (keyInfo == null) {
                throw new LovdataFormatException("no document header (dl.data-document-key-info): not a Lovdata document");
            }
            Map<String, Markup.Element> fields = new HashMap<>();
            for (Markup.Element e : keyInfo.elements()) {
                if (e.tag.equals("dd") && e.classes.length > 0) fields.putIfAbsent(e.classes[0], e);
            }
            String legacyId = text(fields.get("legacyID"));
            if (legacyId.isEmpty()) {
                throw new LovdataFormatException("no Datokode (dd.legacyID) in the header: not a Lovdata document");
            }
            if (!ProvisionId.DocumentRef.isDocumentId(legacyId)) {
                throw new LovdataFormatException("Datokode '" + legacyId + "' is not a LOV-/FOR- document id");
            }
            if (!sawMain) throw new LovdataFormatException("no document body (main)");
            boolean translation = fileName.endsWith("-nn.xml");
            String key = translation ? legacyId + "/nn" : legacyId;
            DocumentKind kind = DocumentKind.ofDocumentId(legacyId);
            Language language = translation || "nn".equalsIgnoreCase(lang) ? Language.NN : Language.NB;

            String title = text(fields.get("title"));
            if (title.isEmpty()) title = h1 != null ? h1 : headTitle == null ? "" : headTitle;
            String shortTitle = text(fields.get("titleShort"));
            List<String> abbreviations = new ArrayList<>();
            int dash = shortTitle.lastIndexOf(" – ");
            if (dash > 0) {
                String tail = shortTitle.substring(dash + 3).strip();
                boolean abbreviation = !tail.isEmpty() && tail.indexOf(' ') < 0 && tail.length() <= 15
                        && (kind == DocumentKind.LAW || tail.equals(tail.toUpperCase(Locale.ROOT)));
                if (abbreviation) {
                    abbreviations.add(tail);
                    shortTitle = shortTitle.substring(0, dash).strip();
                }
            }
            String dateInForce = text(fields.get("dateInForce"));
            List<String> basedOn = ids(fields.get("basedOn"));
            List<String> changes = ids(fields.get("changesToDocuments"));

            List<Provision> provisions = assignIds(key, translation ? legacyId : null);
            Language textLanguage = TextLanguage.detect(provisions).orElse(
                    "nn".equalsIgnoreCase(lang) ? Language.NN : "nb".equalsIgnoreCase(lang) ? Language.NB : null);
            return new LegalDocument(key, legacyId, text(fields.get("dokid")), kind, title, shortTitle, abbreviations,
                    items(fields.get("ministry")), dateInForce.isEmpty() ? null : dateInForce, parseDate(dateInForce),
                    parseDate(text(fields.get("lastChangeInForce"))), items(fields.get("legalArea")), language,
                    basedOn, changes, List.copyOf(changeTargets.targets), false, provisions, text(fields.get("refid")),
                    textLanguage, fileName);
        }

        /**
         * Gives each § its id (see the class comment). In a translation, links to the document itself are made to
         * point at the translation ({@code LOV-1814-05-17/§49} → {@code LOV-1814-05-17/nn/§49}).
         */
        private List<Provision> assignIds(String key, String translatedLegacyId) {
            Map<String, Integer> occurrences = new HashMap<>();
            Set<ProvisionId> used = new HashSet<>();
            List<Provision> out = new ArrayList<>(articles.size());
            for (ParsedArticle a : articles) {
                int n = occurrences.merge(a.label(), 1, Integer::sum);
                ProvisionId id = ProvisionId.of(key, a.label());
                if (n > 1) {
                    List<String> parts = a.sectionNames().stream()
                            .filter(s -> s != null && QUALIFIER_NAME.matcher(s).matches()).toList();
                    String qualified = parts.isEmpty() ? key : key + "/" + String.join("/", parts);
                    id = ProvisionId.of(qualified, a.label());
                    if (used.contains(id)) id = ProvisionId.of(qualified + "/del." + n, a.label());
                }
                used.add(id);
                Provision p = a.provisional();
                List<String> refs = p.references();
                if (translatedLegacyId != null) {
                    refs = refs.stream().map(r -> r.equals(translatedLegacyId) ? key
                            : r.startsWith(translatedLegacyId + "/") ? key + r.substring(translatedLegacyId.length())
                            : r).toList();
                }
                out.add(new Provision(id, p.displayNumber(), p.title(), p.chapterPath(), p.ledd(), p.repealedDate(),
                        p.omitted(), p.history(), refs, p.textHash(), p.footnotes(), p.notes()));
            }
            return out;
        }

        private static String text(Markup.Element dd) {
            return dd == null ? "" : plainText(dd);
        }

        /** A header field's list items (ministries, legal areas), or its text as one item. */
        private static List<String> items(Markup.Element dd) {
            if (dd == null) return List.of();
            List<Markup.Element> lis = new ArrayList<>();
            dd.collect("li", lis);
            List<String> out = new ArrayList<>();
            if (lis.isEmpty()) {
                String t = plainText(dd);
                if (!t.isEmpty()) out.add(t);
            }
            for (Markup.Element li : lis) {
                String t = plainText(li);
                if (!t.isEmpty()) out.add(t);
            }
            return out;
        }

        /** Our ids for the links (or, without links, the refids) of a header field. */
        private static List<String> ids(Markup.Element dd) {
            if (dd == null) return List.of();
            List<Markup.Element> anchors = new ArrayList<>();
            dd.collect("a", anchors);
            LinkedHashSet<String> out = new LinkedHashSet<>();
            if (anchors.isEmpty()) {
                for (String item : items(dd)) LovdataRefs.toId(item).ifPresent(out::add);
            }
            for (Markup.Element a : anchors) LovdataRefs.toId(a.attr("href")).ifPresent(out::add);
            return List.copyOf(out);
        }
    }

    /**
     * What an amending act changes (see {@link LegalDocument#changeTargets()}), read from its
     * {@code article.document-change} elements (the amended documents: {@code data-document}, space-separated) and the
     * {@code article.change} elements in them (the targets: {@code data-change-part}, {@code data-add-new-part},
     * {@code data-repeal-part}, and {@code data-move-part} as "from;;to"; several space-separated). A target is kept at
     * its § and filed under the document it names itself, since Lovdata now and then puts a change under another
     * document's heading. A chapter, the whole act, or a target we cannot read, is kept as the bare document id; so is
     * an amended document for which the changes name no target (Lovdata leaves already-commenced text out as
     * "– – –"), so that a part we do not know is never taken for an untouched one.
     */
    private static final class ChangeTargets {
        private static final List<String> TARGET_ATTRIBUTES =
                List.of("data-change-part", "data-add-new-part", "data-repeal-part", "data-move-part");
        private static final Pattern SEPARATORS = Pattern.compile("\\s+|;;");

        final LinkedHashSet<String> targets = new LinkedHashSet<>();
        private final Deque<Frame> open = new ArrayDeque<>();

        /** One open document-change: its element depth, the documents it names, those a change targeted. */
        private static final class Frame {
            final int depth;
            final List<String> documents = new ArrayList<>();
            final Set<String> targeted = new HashSet<>();
            boolean unplaced;

            Frame(int depth) {
                this.depth = depth;
            }
        }

        void open(String documents, int depth) {
            Frame f = new Frame(depth);
            if (documents != null) {
                for (String d : documents.strip().split("\\s+")) {
                    LovdataRefs.documentId(d).ifPresent(f.documents::add);
                }
            }
            open.push(f);
        }

        /** An {@code article.change}; {@code attribute} gives its attributes by name (null when absent). */
        void change(UnaryOperator<String> attribute) {
            Frame f = open.peek();
            boolean any = false;
            for (String name : TARGET_ATTRIBUTES) {
                String value = attribute.apply(name);
                if (value == null) continue;
                for (String part : SEPARATORS.split(value.strip())) {
                    if (part.isEmpty()) continue;
                    any = true;
                    Optional<String> id = LovdataRefs.toId(part);
                    if (id.isEmpty()) {
                        if (f != null) f.unplaced = true;
                        continue;
                    }
                    Optional<ProvisionId> provision = ProvisionId.tryParse(id.get());
                    targets.add(provision.map(p -> p.section().toString()).orElse(id.get()));
                    if (f != null) f.targeted.add(provision.map(ProvisionId::documentId).orElse(id.get()));
                }
            }
            if (!any && f != null) f.unplaced = true;
        }

        /** Closes the document-change opened at this element depth, if that is the one ending. */
        void closeAt(int depth) {
            if (!open.isEmpty() && open.peek().depth == depth) close();
        }

        private void close() {
            Frame f = open.pop();
            for (String d : f.documents) if (f.unplaced || !f.targeted.contains(d)) targets.add(d);
        }

        /** The document-changes and changes inside an element already read as a tree (a §). */
        void readWithin(Markup.Element e) {
            for (Markup.Element k : e.elements()) {
                if (k.hasClass("document-change")) {
                    open(k.attr("data-document"), Integer.MIN_VALUE);
                    readWithin(k);
                    close();
                } else {
                    if (k.hasClass("change")) change(k::attr);
                    readWithin(k);
                }
            }
        }
    }

    /** Splits one § into its heading, ledd (with lists), notes, footnotes, history and links. */
    private static final class ArticleReader {
        String displayNumber = "";
        String title = "";
        LocalDate repealedDate;
        boolean omitted;
        final List<String> history = new ArrayList<>();
        final List<String> footnotes = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final LinkedHashSet<String> references = new LinkedHashSet<>();
        private final List<LeddBuilder> ledd = new ArrayList<>();

        void read(Markup.Element article) {
            repealedDate = parseDate(article.attr("data-repealeddate"));
            Markup.Element header = article.find(null, "legalArticleHeader");
            if (header != null) {
                Markup.Element value = header.find(null, "legalArticleValue");
                Markup.Element t = header.find(null, "legalArticleTitle");
                displayNumber = value != null ? plainText(value).replace('\u00a0', ' ')
                        : plainText(header).replaceAll("\\.$", "");
                title = t == null ? "" : plainText(t);
            }
            readChildren(article);
        }

        List<Ledd> ledd() {
            List<Ledd> out = new ArrayList<>(ledd.size());
            for (int i = 0; i < ledd.size(); i++) {
                LeddBuilder b = ledd.get(i);
                out.add(new Ledd(i + 1, normalise(b.text), b.items));
            }
            return out;
        }

        private LeddBuilder newLedd() {
            LeddBuilder b = new LeddBuilder();
            ledd.add(b);
            return b;
        }

        private LeddBuilder currentLedd() {
            return ledd.isEmpty() ? newLedd() : ledd.get(ledd.size() - 1);
        }

        private void readChildren(Markup.Element container) {
            for (Object c : container.children) {
                if (c instanceof String s) {
                    if (!s.isBlank()) currentLedd().text.append(s);
                    continue;
                }
                Markup.Element e = (Markup.Element) c;
                if (e.hasClass("legalArticleHeader") || e.hasClass("futureLegalArticleHeader")
                        || e.hasClass("futuretitle")) {
                    if (!e.hasClass("legalArticleHeader")) addNote(plainText(e));
                } else if (e.hasClass("changesToParent")) {
                    String h = plainText(e);
                    if (!h.isEmpty()) history.add(h);
                } else if (e.hasClass("footnotes")) {
                    addFootnotes(e);
                } else if (e.hasClass("legalP") || e.hasClass("numberedLegalP") || e.hasClass("marginIdArticle")) {
                    LeddBuilder b = newLedd();
                    collect(e, b.text, b.items);
                    if (ONLY_DASHES.matcher(b.text).matches()) omitted = true;
                } else if (e.tag.equals("ol") || e.tag.equals("ul")) {
                    currentLedd().items.addAll(listItems(e));
                } else if (e.hasClass("leddfortsettelse")) {
                    LeddBuilder b = currentLedd();
                    b.text.append(' ');
                    collect(e, b.text, b.items);
                } else if (e.hasClass("defaultP") || e.hasClass("centeredP")) {
                    String t = plainText(e);
                    if (ONLY_DASHES.matcher(t).matches()) omitted = true;
                    else addNote(t);
                } else if (e.hasAnyClass(CONTAINER_CLASSES) || e.tag.equals("div") || e.tag.equals("blockquote")) {
                    readChildren(e);
                } else {
                    LeddBuilder b = currentLedd();
                    b.text.append(' ');
                    collect(e, b.text, b.items);
                }
            }
        }

        private void addNote(String t) {
            if (!t.isEmpty()) notes.add(t);
        }

        private void addFootnotes(Markup.Element footer) {
            List<Markup.Element> notesIn = new ArrayList<>();
            footer.collect("article", notesIn);
            boolean any = false;
            for (Markup.Element n : notesIn) {
                if (n.hasClass("footnote")) {
                    String t = plainText(n);
                    if (!t.isEmpty()) footnotes.add(t);
                    any = true;
                }
            }
            if (!any) {
                StringBuilder sb = new StringBuilder();
                appendPlain(footer, sb);
                String t = normalise(sb);
                if (!t.isEmpty()) footnotes.add(t);
            }
        }

        /** Text into {@code text}, lists into {@code items}, links into references; notes and footnotes aside. */
        private void collect(Markup.Element e, StringBuilder text, List<ListItem> items) {
            for (Object c : e.children) {
                if (c instanceof String s) {
                    text.append(s);
                    continue;
                }
                Markup.Element k = (Markup.Element) c;
                if (k.hasClass("footnotes")) {
                    addFootnotes(k);
                } else if (k.hasAnyClass(NOT_TEXT)) {
                    // footnote markers, stray notes: not text
                } else if (k.tag.equals("ol") || k.tag.equals("ul")) {
                    items.addAll(listItems(k));
                } else {
                    if (k.tag.equals("a")) LovdataRefs.toId(k.attr("href")).ifPresent(references::add);
                    boolean block = BLOCK_TAGS.contains(k.tag);
                    if (block) text.append(' ');
                    collect(k, text, items);
                    if (block) text.append(' ');
                }
            }
        }

        private List<ListItem> listItems(Markup.Element list) {
            List<ListItem> out = new ArrayList<>();
            for (Markup.Element li : list.elements()) {
                if (!li.tag.equals("li")) continue;
                StringBuilder text = new StringBuilder();
                List<ListItem> sub = new ArrayList<>();
                collect(li, text, sub);
                out.add(new ListItem(itemLabel(li), normalise(text), sub));
            }
            return out;
        }

        /** "a." → "a", "1." → "1", "(2)" → "2", "iv." → "iv"; bullets and dashes → "". */
        static String itemLabel(Markup.Element li) {
            String raw = li.attr("data-name");
            if (raw == null || raw.isBlank()) raw = li.attr("data-li-identifier");
            if (raw == null) return "";
            String s = raw.strip();
            while (s.endsWith(".") || s.endsWith(")")) s = s.substring(0, s.length() - 1);
            while (s.startsWith("(")) s = s.substring(1);
            if (s.matches("[-–—•·*]*")) return "";
            return s.strip();
        }
    }

    private static final class LeddBuilder {
        final StringBuilder text = new StringBuilder();
        final List<ListItem> items = new ArrayList<>();
    }
}
