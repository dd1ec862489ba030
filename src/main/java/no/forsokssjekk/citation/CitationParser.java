package no.forsokssjekk.citation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one citation parser (search, assessment input and the web page all use it). Reads what users type:
 * <ul>
 *   <li>law names, short titles and abbreviations with or without full stop: "oppl. § 14-3", "fvl 24";</li>
 *   <li>"§", "§§", "paragraf" or nothing: "barnehageloven 26", "§ 5-3 kommuneloven", "paragraf 4 i forsøksloven",
 *       also with other words around it ("fvl 24 begrunnelse": the resolver keeps "begrunnelse" as the remainder);</li>
 *   <li>ledd in bokmål and nynorsk ("første/andre/annet/tredje ledd", "fyrste ledd", "1. ledd", "ledd 2"),
 *       "bokstav b", "nr. 3";</li>
 *   <li>lists and ranges: "§§ 4 og 6", "§§ 13–13 f", "§§ 2-1 til 2-3";</li>
 *   <li>Lovdata ids and addresses: "LOV-1992-06-26-87/§4/ledd1/bokstavB", "lov/1992-06-26-87/§4",
 *       "https://lovdata.no/dokument/NL/lov/1992-06-26-87/§4".</li>
 * </ul>
 * Parsing is purely syntactic; {@link CitationResolver} resolves the law by name and date.
 */
public final class CitationParser {

    /**
     * A § label as typed: "4", "14-3", "6 a", "13 f", "15a-1" (a letter before a dash is part of the number).
     * A lone "i" followed by a word is the preposition ("§ 4 i forsøksloven"), not a letter.
     */
    private static final String LABEL = "\\d{1,4}(?:[a-z](?=-\\d))?(?:-\\d{1,4})*(?:\\s?(?!i\\s+\\p{L})[a-z](?![\\p{L}\\d]))?";
    private static final Pattern SECTION_MARK = Pattern.compile(
            "(?<![\\p{L}\\d])(§§?|paragraf(?:ene|en)?|para\\.?|pgf\\.?)\\s*(" + LABEL + ")"
                    + "((?:\\s*(?:,|og|eller|–|—|-|til)\\s*(?:§\\s*)?" + LABEL + ")*)");
    private static final Pattern MORE_LABELS = Pattern.compile("(,|og|eller|–|—|-|til)\\s*(?:§\\s*)?(" + LABEL + ")");
    private static final Pattern BARE_LABEL_AT_END = Pattern.compile("^(.*?\\p{L}[\\p{L}.\\s-]*?)\\s+(" + LABEL + ")\\s*$");
    private static final Pattern BARE_LABEL_AT_START = Pattern.compile("^(" + LABEL + ")\\s+(\\p{L}.*)$");
    /** "fvl 24 begrunnelse", "pbl 33-1 gebyr": a number between words; the resolver must find a law in the words. */
    private static final Pattern BARE_LABEL_INSIDE = Pattern.compile(
            "^(.*?\\p{L}[\\p{L}.\\s-]*?)\\s+(" + LABEL + ")\\s+(\\p{L}[\\p{L}\\s-]*)$");
    private static final Pattern LEDD_WORD = Pattern.compile(
            "(?<![\\d-])(?<!§\\s{0,2})(første|fyrste|andre|annet|anna|tredje|fjerde|femte|sjette|sjuende|syvende|sjuande|åttende|åttande"
                    + "|niende|niande|tiende|tiande|\\d{1,2}\\.?)\\s*ledd");
    /** "første og andre ledd", "1. og 2. ledd": several ledd of one §, which only the whole § covers. */
    private static final Pattern LEDD_LIST = Pattern.compile(
            "(?<![\\d-])(?<!§\\s{0,2})(?:første|fyrste|andre|annet|anna|tredje|fjerde|femte|sjette|sjuende|syvende|sjuande|åttende|åttande"
                    + "|niende|niande|tiende|tiande|\\d{1,2}\\.?)"
                    + "(?:\\s*(?:,|og|eller|–|til)\\s*(?:første|fyrste|andre|annet|anna|tredje|fjerde|femte|sjette"
                    + "|sjuende|syvende|sjuande|åttende|åttande|niende|niande|tiende|tiande|\\d{1,2}\\.?))+\\s*ledd");
    /** "§ 14-3 (2)": the ledd numbered as the law numbers it, in brackets right after the § label. */
    private static final Pattern LEDD_IN_BRACKETS = Pattern.compile("(?<=\\d|\\d[a-z])\\s*\\((\\d{1,2})\\)");
    /** "kapittel 14", "kap. 5", "kap. IV": a chapter, not a §; the citation then names only the law. */
    private static final Pattern CHAPTER = Pattern.compile(
            "(?<![\\p{L}\\d])(?:kapittel|kapitel|kap\\.?)\\s*(\\d{1,3}\\s?[a-z]?|[ivxlc]{1,6})(?![\\p{L}\\d])");
    /** "LOV-2005-06-17-64 § 26", "FOR-2006-06-23-724 § 9-3": a Lovdata id standing where a law's name would. */
    private static final Pattern ID_AS_LAW = Pattern.compile("(lov|for)-\\d{4}-\\d{2}-\\d{2}(?:-\\d+)?");
    private static final Pattern LEDD_NUMBER_AFTER = Pattern.compile("ledd\\s*(?:nr\\.?\\s*)?(\\d{1,2})(?!\\d)");
    private static final Pattern BOKSTAV = Pattern.compile("(?:bokstav|bokst\\.|litra|litr\\.)\\s*([a-zæøå])\\)?(?![a-zæøå])");
    private static final Pattern NR = Pattern.compile("(?:nr\\.?|nummer)\\s*(\\d{1,3})(?!\\d)");
    private static final Pattern LOVDATA_ID = Pattern.compile(
            "((?:LOV|FOR)-\\d{4}-\\d{2}-\\d{2}(?:-\\d+)?)((?:/[^\\s]+)?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOVDATA_REF = Pattern.compile(
            "(?:https?://lovdata\\.no/(?:dokument/(?:NL|SF|LTI)/)?)?(lov|forskrift)/(\\d{4}-\\d{2}-\\d{2}(?:-\\d+)?)"
                    + "((?:/[^\\s]*)?)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("første", 1), Map.entry("fyrste", 1), Map.entry("andre", 2), Map.entry("annet", 2),
            Map.entry("anna", 2), Map.entry("tredje", 3), Map.entry("fjerde", 4), Map.entry("femte", 5),
            Map.entry("sjette", 6), Map.entry("sjuende", 7), Map.entry("syvende", 7), Map.entry("sjuande", 7),
            Map.entry("åttende", 8), Map.entry("åttande", 8), Map.entry("niende", 9), Map.entry("niande", 9),
            Map.entry("tiende", 10), Map.entry("tiande", 10));
    private static final Pattern FILLER = Pattern.compile(
            "^(?:i|etter|jf\\.?|jfr\\.?|se|unntak fra|unntak frå|fritak fra|fritak frå|avvik fra|avvik frå)\\s+|\\s+(?:i|jf\\.?)$");

    /** Parses text that may be a citation; empty when it names no § and no Lovdata id (a plain search query). */
    public Optional<ParsedCitation> parse(String input) {
        if (input == null || input.isBlank()) return Optional.empty();
        // "opplæringslova § 14-3, jf. forskrift til opplæringslova § 12-19": the provision is the first; what follows
        // "jf." is a reference to read it with
        Matcher jf = CROSS_REFERENCE.matcher(input);
        if (jf.find() && jf.start() > 0) {
            String head = input.substring(0, jf.start());
            Optional<ParsedCitation> first = parseOne(head);
            if (first.isPresent() && first.get().hasSection() && (first.get().lawText() != null
                    || first.get().documentId() != null)) {
                ParsedCitation c = first.get();
                return Optional.of(new ParsedCitation(input, c.lawText(), c.documentId(), c.sections(), c.range(),
                        c.ledd(), c.bokstav(), c.nr(), c.chapter()));
            }
        }
        List<String> several = citations(input);
        if (several.size() > 1) {
            ParsedCitation c = parseOne(several.get(0)).orElseThrow();
            return Optional.of(new ParsedCitation(input, c.lawText(), c.documentId(), c.sections(), c.range(),
                    c.ledd(), c.bokstav(), c.nr(), c.chapter()));
        }
        return parseOne(input);
    }

    /** Where one citation may end and another begin: "… § 14-3 og forskrift til … § 12-19", "…; …", "…, …". */
    private static final Pattern CITATION_SEPARATOR = Pattern.compile("\\s+og\\s+|\\s*;\\s*|,\\s+");

    /**
     * The citations of different acts in one text ("opplæringslova § 14-3 og forskrift til opplæringslova § 12-19"),
     * as typed; one element when there is only one (several §§ of one act are one citation: "§§ 2-2 og 3-1").
     */
    public List<String> citations(String input) {
        if (input == null) return List.of();
        Matcher m = CITATION_SEPARATOR.matcher(input);
        while (m.find()) {
            String head = input.substring(0, m.start()).strip();
            String tail = input.substring(m.end()).strip();
            if (head.isEmpty() || tail.isEmpty() || !namesActAndSection(parseOne(head))) continue;
            if (!namesActAndSection(parseOne(tail))) continue;
            List<String> out = new ArrayList<>();
            out.add(head);
            out.addAll(citations(tail));
            return out;
        }
        return List.of(input);
    }

    private static boolean namesActAndSection(Optional<ParsedCitation> c) {
        return c.isPresent() && c.get().hasSection() && (c.get().law().isPresent() || c.get().documentId() != null);
    }

    /** "jf.", "jfr.", "jamfør", "jamfør", "sml.": what follows is a reference, not the provision cited. */
    private static final Pattern CROSS_REFERENCE = Pattern.compile(
            "[\\s,;(]+(?:jf|jfr|sml)\\.?\\s|[\\s,;(]+jamf[øo]r\\s", Pattern.CASE_INSENSITIVE);

    private Optional<ParsedCitation> parseOne(String input) {
        String text = datedAsId(normalise(input));

        Optional<ParsedCitation> byId = parseLovdataId(input, text);
        if (byId.isPresent()) return byId;

        Integer ledd = null;
        String bokstav = null;
        Integer nr = null;
        Matcher chapter = CHAPTER.matcher(text);
        if (chapter.find() && !SECTION_MARK.matcher(text).find()) {
            // a chapter cannot be narrowed to one §: cite the law, so that the applicant is asked for the §§
            String law = cleanLaw(cut(text, chapter));
            return law == null ? Optional.empty()
                    : Optional.of(withIdAsLaw(new ParsedCitation(input, law, null, List.of(), false, null, null, null,
                            chapter.group(1).replace(" ", ""))));
        }
        Matcher list = LEDD_LIST.matcher(text);
        Matcher l = LEDD_WORD.matcher(text);
        Matcher bracket = LEDD_IN_BRACKETS.matcher(text);
        if (bracket.find() && SECTION_MARK.matcher(text.substring(0, bracket.start())).find()) {
            ledd = Integer.valueOf(bracket.group(1));
            text = cut(text, bracket);
        } else if (list.find()) {
            // several ledd: the citation covers the § as a whole (ledd stays unset)
            text = cut(text, list);
        } else if (l.find()) {
            ledd = leddNumber(l.group(1));
            text = cut(text, l);
        } else {
            Matcher l2 = LEDD_NUMBER_AFTER.matcher(text);
            if (l2.find()) {
                ledd = Integer.valueOf(l2.group(1));
                text = cut(text, l2);
            }
        }
        Matcher b = BOKSTAV.matcher(text);
        Matcher n = NR.matcher(text);
        boolean bokstavFound = b.find();
        boolean nrFound = n.find();
        if (bokstavFound) bokstav = b.group(1).toUpperCase(Locale.ROOT);
        if (nrFound) nr = Integer.valueOf(n.group(1));
        if (bokstavFound && nrFound) {
            // "nr. 6 bokstav a" or "bokstav a nr. 2": an id narrows to one of them, so keep the outer (the first)
            if (n.start() < b.start()) bokstav = null;
            else nr = null;
            // cut the later phrase first, so that the earlier one's offsets still hold
            Matcher first = n.start() < b.start() ? n : b;
            Matcher later = first == n ? b : n;
            text = cut(text, later);
            text = cut(text, first);
        } else if (bokstavFound) {
            text = cut(text, b);
        } else if (nrFound) {
            text = cut(text, n);
        }

        Matcher s = SECTION_MARK.matcher(text);
        if (s.find()) {
            List<String> labels = new ArrayList<>();
            labels.add(label(s.group(2)));
            boolean range = false;
            Matcher more = MORE_LABELS.matcher(s.group(3));
            while (more.find()) {
                String sep = more.group(1);
                if (sep.equals("–") || sep.equals("—") || sep.equals("-") || sep.equals("til")) range = true;
                labels.add(label(more.group(2)));
            }
            if (range && labels.size() != 2) range = false;
            String law = cleanLaw(text.substring(0, s.start()) + " " + text.substring(s.end()));
            return Optional.of(withIdAsLaw(new ParsedCitation(input, law, null, labels, range, ledd, bokstav, nr)));
        }
        Matcher end = BARE_LABEL_AT_END.matcher(text);
        if (end.matches() && looksLikeLaw(end.group(1))) {
            return Optional.of(withIdAsLaw(new ParsedCitation(input, cleanLaw(end.group(1)), null,
                    List.of(label(end.group(2))), false, ledd, bokstav, nr)));
        }
        Matcher inside = BARE_LABEL_INSIDE.matcher(text);
        if (inside.matches() && looksLikeLaw(inside.group(1))) {
            return Optional.of(new ParsedCitation(input, cleanLaw(inside.group(1) + " " + inside.group(3)), null,
                    List.of(label(inside.group(2))), false, ledd, bokstav, nr));
        }
        Matcher start = BARE_LABEL_AT_START.matcher(text);
        if (start.matches() && looksLikeLaw(start.group(2)) && (ledd != null || start.group(1).contains("-"))) {
            return Optional.of(new ParsedCitation(input, cleanLaw(start.group(2)), null, List.of(label(start.group(1))),
                    false, ledd, bokstav, nr));
        }
        return Optional.empty();
    }

    private static final String MONTHS = "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember";
    /**
     * The formal citation by date and number: "lov 22. juni 2018 nr. 83 om kommuner og fylkeskommuner (kommuneloven)",
     * "forskrift 3. juni 2024 nr. 900 til opplæringslova", "lov av 17.06.2005 nr. 64". The title after the number, up to
     * a § or a chapter, is the act's own and adds nothing to the id.
     */
    private static final Pattern DATED = Pattern.compile(
            "\\b(lov|forskrift|forskr\\.)\\s+(?:av\\s+|fra\\s+)?(\\d{1,2})\\.\\s*(?:(" + MONTHS + ")|(\\d{1,2})\\.)\\s*(\\d{4})"
                    + "\\s*,?\\s*(?:nr\\.?|no\\.?|nummer)\\s*(\\d{1,4})\\b(?:[^§]*?(?=\\s*(?:§|\\bkap(?:ittel|\\.)?\\s*(?:\\d|[ivxlc]+\\b))|$))?");

    /** Rewrites a citation by date and number into the act's Lovdata id ("lov-2018-06-22-83"), which the parser reads. */
    static String datedAsId(String text) {
        Matcher m = DATED.matcher(text);
        if (!m.find()) return text;
        int month = m.group(3) != null ? List.of(MONTHS.split("\\|")).indexOf(m.group(3)) + 1
                : Integer.parseInt(m.group(4));
        int day = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12 || day < 1 || day > 31) return text;
        String id = (m.group(1).equals("lov") ? "lov-" : "for-") + m.group(5) + "-" + String.format("%02d-%02d", month, day)
                + "-" + m.group(6);
        return singleSpaces(text.substring(0, m.start()) + id + " " + text.substring(m.end())).strip();
    }

    /** A Lovdata id written where a law's name would be ("LOV-2005-06-17-64 § 26") is the document itself. */
    private static ParsedCitation withIdAsLaw(ParsedCitation c) {
        if (c.lawText() == null || !ID_AS_LAW.matcher(c.lawText()).matches()) return c;
        return new ParsedCitation(c.input(), null, c.lawText().toUpperCase(Locale.ROOT), c.sections(), c.range(),
                c.ledd(), c.bokstav(), c.nr(), c.chapter());
    }

    /** Reads text as a law name alone ("kommuneloven"); the resolver decides whether it is one. */
    public ParsedCitation lawOnly(String input) {
        return new ParsedCitation(input, cleanLaw(normalise(input)), null, List.of(), false, null, null, null);
    }

    private Optional<ParsedCitation> parseLovdataId(String input, String text) {
        Matcher id = LOVDATA_ID.matcher(input.strip());
        if (!id.matches()) id = LOVDATA_ID.matcher(text);   // "lov 22. juni 2018 nr. 83" read as its id
        if (id.matches()) {
            String doc = id.group(1).toUpperCase(Locale.ROOT);
            return Optional.of(fromPath(input, doc, id.group(2)));
        }
        Matcher ref = LOVDATA_REF.matcher(input.strip());
        if (ref.matches()) {
            String prefix = ref.group(1).equalsIgnoreCase("lov") ? "LOV-" : "FOR-";
            return Optional.of(fromPath(input, prefix + ref.group(2), ref.group(3)));
        }
        return Optional.empty();
    }

    /** "/§4/ledd1/bokstavB" (our grammar) or "/§4/ledd/1/bokstav/a" (Lovdata's). */
    private ParsedCitation fromPath(String input, String doc, String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return new ParsedCitation(input, null, doc, List.of(), false, null, null, null);
        }
        String p = path.startsWith("/") ? path.substring(1) : path;
        p = p.replaceAll("ledd/(\\d+)", "ledd$1").replaceAll("bokstav/([a-zA-Z])", "bokstav$1")
                .replaceAll("nummer/(\\d+)", "nr$1").replaceAll("/setning/\\d+", "");
        var parsed = no.forsokssjekk.corpus.ProvisionId.tryParse(doc + "/" + p);
        if (parsed.isPresent()) {
            var pid = parsed.get();
            String docWithQualifiers = pid.qualifiers().isEmpty() ? doc : doc + "/" + String.join("/", pid.qualifiers());
            return new ParsedCitation(input, null, docWithQualifiers, List.of(pid.label()), false,
                    pid.ledd().orElse(null), pid.bokstav().orElse(null), pid.nr().orElse(null));
        }
        return new ParsedCitation(input, null, doc, List.of(), false, null, null, null);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DOUBLE_SECTION = Pattern.compile("§\\s*§");
    private static final Pattern PUNCTUATION = Pattern.compile("[,;:()]");

    /** Runs of white space as one space (the patterns compiled once: this runs for every query). */
    private static String singleSpaces(String s) {
        return SPACES.matcher(s).replaceAll(" ");
    }

    static String normalise(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00a0', ' ').replace('\u2009', ' ');
        t = singleSpaces(t.toLowerCase(Locale.ROOT)).strip();
        // "§4" and "§ 4" are the same; "§§4" too
        return DOUBLE_SECTION.matcher(t).replaceAll("§§");
    }

    private static String cut(String text, Matcher m) {
        return singleSpaces(text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
    }

    private static Integer leddNumber(String word) {
        String w = word.replace(".", "");
        if (w.chars().allMatch(Character::isDigit)) return Integer.valueOf(w);
        return ORDINALS.get(w);
    }

    /** "14-3" → "§14-3"; "6 a" → "§6a"; "15 a-1" → "§15A-1" (a capital after the main number). */
    static String label(String raw) {
        String l = raw.replace(" ", "");
        Matcher cap = Pattern.compile("^(\\d+)([a-zA-Z])(-.*)$").matcher(l);
        if (cap.matches()) l = cap.group(1) + cap.group(2).toUpperCase(Locale.ROOT) + cap.group(3);
        return "§" + l;
    }

    private static boolean looksLikeLaw(String text) {
        String t = text.strip();
        return t.length() >= 2 && t.chars().anyMatch(Character::isLetter);
    }

    static String cleanLaw(String text) {
        String t = singleSpaces(PUNCTUATION.matcher(text).replaceAll(" ")).strip();
        String previous;
        do {
            previous = t;
            t = FILLER.matcher(t).replaceAll("").strip();
        } while (!t.equals(previous));
        return t.isEmpty() ? null : t;
    }
}
