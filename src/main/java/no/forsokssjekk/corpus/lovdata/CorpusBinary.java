package no.forsokssjekk.corpus.lovdata;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.forsokssjekk.corpus.DocumentKind;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.Ledd;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.ListItem;
import no.forsokssjekk.corpus.Provision;
import no.forsokssjekk.corpus.ProvisionId;

/**
 * The documents of a corpus in a compact binary form made for loading fast: fields in a fixed order, lengths as
 * varints, and every short string (headings, ministries, labels, titles) written once and referred to after that, so
 * the loaded corpus also shares those strings in memory. Bump {@link #VERSION} (and
 * {@link LovdataParser#FORMAT_VERSION}) when a record changes; a round-trip test compares every field.
 */
final class CorpusBinary {
    private static final byte[] MAGIC = "FSKORPUS".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    /** Strings up to this length are shared; longer ones (ledd text) are nearly always unique. */
    private static final int SHARED_MAX = 160;

    private CorpusBinary() {
    }

    static void write(List<LegalDocument> documents, Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
            Writer w = new Writer(out);
            out.write(MAGIC);
            w.varint(VERSION);
            w.varint(documents.size());
            for (LegalDocument d : documents) w.document(d);
        }
    }

    static List<LegalDocument> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Reader r = new Reader(bytes);
        if (bytes.length < MAGIC.length || !java.util.Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException(file + " is not a corpus file");
        }
        r.pos = MAGIC.length;
        int version = r.varint();
        if (version != VERSION) throw new IOException(file + " has format " + version + ", expected " + VERSION);
        int n = r.varint();
        List<LegalDocument> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(r.document());
        if (r.pos != bytes.length) throw new IOException(file + " has " + (bytes.length - r.pos) + " bytes too many");
        return out;
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> shared = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void varint(int v) throws IOException {
            while ((v & ~0x7f) != 0) {
                out.write((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            out.write(v);
        }

        /** null → 0; a shared string seen before → (index << 2) | 1; new text → (length << 2) | 2 or 3 (shared). */
        void string(String s) throws IOException {
            if (s == null) {
                varint(0);
                return;
            }
            Integer seen = shared.get(s);
            if (seen != null) {
                varint(seen << 2 | 1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            boolean share = s.length() <= SHARED_MAX;
            if (share) shared.put(s, shared.size());
            varint(b.length << 2 | (share ? 3 : 2));
            out.write(b);
        }

        void strings(List<String> list) throws IOException {
            varint(list.size());
            for (String s : list) string(s);
        }

        void date(LocalDate d) throws IOException {
            varint(d == null ? 0 : (int) d.toEpochDay() + 1_000_000);
        }

        void document(LegalDocument d) throws IOException {
            string(d.key());
            string(d.legacyId());
            string(d.dokid());
            varint(d.kind().ordinal());
            string(d.title());
            string(d.shortTitle());
            strings(d.abbreviations());
            strings(d.ministries());
            string(d.dateInForce());
            date(d.inForceFrom());
            date(d.lastChangeInForce());
            strings(d.legalAreas());
            varint(d.language().ordinal());
            strings(d.basedOn());
            strings(d.changesDocuments());
            varint(d.pendingChange() ? 1 : 0);
            string(d.refid());
            varint(d.textLanguage() == null ? 0 : d.textLanguage().ordinal() + 1);
            string(d.sourceFile());
            varint(d.provisions().size());
            for (Provision p : d.provisions()) provision(p);
        }

        void provision(Provision p) throws IOException {
            string(p.id().toString());
            string(p.displayNumber());
            string(p.title());
            strings(p.chapterPath());
            varint(p.ledd().size());
            for (Ledd l : p.ledd()) {
                varint(l.number());
                string(l.text());
                items(l.items());
            }
            date(p.repealedDate());
            varint(p.omitted() ? 1 : 0);
            string(p.history());
            strings(p.references());
            string(p.textHash());
            strings(p.footnotes());
            strings(p.notes());
        }

        void items(List<ListItem> items) throws IOException {
            varint(items.size());
            for (ListItem i : items) {
                string(i.label());
                string(i.text());
                items(i.items());
            }
        }
    }

    private static final class Reader {
        private static final DocumentKind[] KINDS = DocumentKind.values();
        private static final Language[] LANGUAGES = Language.values();
        final byte[] bytes;
        int pos;
        private final List<String> shared = new ArrayList<>();

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int varint() {
            int v = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[pos++];
                v |= (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            return v;
        }

        String string() {
            int head = varint();
            if (head == 0) return null;
            if ((head & 3) == 1) return shared.get(head >>> 2);
            int length = head >>> 2;
            String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
            pos += length;
            if ((head & 3) == 3) shared.add(s);
            return s;
        }

        List<String> strings() {
            int n = varint();
            if (n == 0) return List.of();
            String[] a = new String[n];
            for (int i = 0; i < n; i++) a[i] = string();
            return List.of(a);
        }

        LocalDate date() {
            int v = varint();
            return v == 0 ? null : LocalDate.ofEpochDay(v - 1_000_000L);
        }

        LegalDocument document() {
            String key = string();
            String legacyId = string();
            String dokid = string();
            DocumentKind kind = KINDS[varint()];
            String title = string();
            String shortTitle = string();
            List<String> abbreviations = strings();
            List<String> ministries = strings();
            String dateInForce = string();
            LocalDate inForceFrom = date();
            LocalDate lastChange = date();
            List<String> legalAreas = strings();
            Language language = LANGUAGES[varint()];
            List<String> basedOn = strings();
            List<String> changes = strings();
            boolean pending = varint() == 1;
            String refid = string();
            int tl = varint();
            Language textLanguage = tl == 0 ? null : LANGUAGES[tl - 1];
            String sourceFile = string();
            int n = varint();
            Provision[] provisions = new Provision[n];
            for (int i = 0; i < n; i++) provisions[i] = provision();
            return new LegalDocument(key, legacyId, dokid, kind, title, shortTitle, abbreviations, ministries,
                    dateInForce, inForceFrom, lastChange, legalAreas, language, basedOn, changes, pending,
                    List.of(provisions), refid, textLanguage, sourceFile);
        }

        Provision provision() {
            ProvisionId id = ProvisionId.parse(string());
            String displayNumber = string();
            String title = string();
            List<String> chapterPath = strings();
            int n = varint();
            Ledd[] ledd = new Ledd[n];
            for (int i = 0; i < n; i++) ledd[i] = new Ledd(varint(), string(), items());
            LocalDate repealed = date();
            boolean omitted = varint() == 1;
            String history = string();
            List<String> references = strings();
            String hash = string();
            List<String> footnotes = strings();
            List<String> notes = strings();
            return new Provision(id, displayNumber, title, chapterPath, List.of(ledd), repealed, omitted, history,
                    references, hash, footnotes, notes);
        }

        List<ListItem> items() {
            int n = varint();
            if (n == 0) return List.of();
            ListItem[] items = new ListItem[n];
            for (int i = 0; i < n; i++) items[i] = new ListItem(string(), string(), items());
            return List.of(items);
        }
    }
}
