package no.forsokssjekk.corpus.lovdata;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.forsokssjekk.corpus.DocumentKind;
import no.forsokssjekk.corpus.Language;
import no.forsokssjekk.corpus.LazyDocument;
import no.forsokssjekk.corpus.Ledd;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.ListItem;
import no.forsokssjekk.corpus.Provision;
import no.forsokssjekk.corpus.ProvisionId;

/**
 * The documents of a corpus in a compact binary form made for opening fast: a header table with each document's key,
 * kind, relations, § ids and length, then the documents themselves, each decodable on its own when first needed.
 * Fields are in a fixed order, lengths are varints, and within a document every short string (headings, labels,
 * titles) is written once and referred to after that, so the loaded document also shares those strings in memory.
 * Bump {@link #VERSION} (and {@link LovdataParser#FORMAT_VERSION}) when a record changes; a round-trip test compares
 * every field.
 */
final class CorpusBinary {
    private static final byte[] MAGIC = "FSKORPUS".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 3;
    /** Strings up to this length are shared; longer ones (ledd text) are nearly always unique. */
    private static final int SHARED_MAX = 160;
    private static final DocumentKind[] KINDS = DocumentKind.values();

    private CorpusBinary() {
    }

    static void write(List<LegalDocument> documents, Path file) throws IOException {
        List<byte[]> bodies = new ArrayList<>(documents.size());
        for (LegalDocument d : documents) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
            try (DataOutputStream out = new DataOutputStream(buffer)) {
                new Writer(out).document(d);
            }
            bodies.add(buffer.toByteArray());
        }
        try (OutputStream os = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
            out.write(MAGIC);
            Writer header = new Writer(out);
            header.varint(VERSION);
            header.varint(documents.size());
            for (int i = 0; i < documents.size(); i++) {
                LegalDocument d = documents.get(i);
                header.string(d.key());
                header.varint(d.kind().ordinal());
                header.varint(d.pendingChange() ? 1 : 0);
                header.strings(d.basedOn());
                header.strings(d.changesDocuments());
                header.varint(d.provisions().size());
                for (Provision p : d.provisions()) header.string(p.id().toString());
                header.varint(bodies.get(i).length);
            }
            for (byte[] body : bodies) out.write(body);
        }
    }

    /** Opens a corpus file: the header table is read now, each document when it is first loaded. */
    static List<LazyDocument> open(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException(file + " is not a corpus file");
        }
        try {
            Reader r = new Reader(bytes, MAGIC.length);
            int version = r.varint();
            if (version != VERSION) throw new IOException(file + " has format " + version + ", expected " + VERSION);
            int n = r.varint();
            List<Encoded> docs = new ArrayList<>(n);
            int[] lengths = new int[n];
            for (int i = 0; i < n; i++) {
                String key = r.string();
                DocumentKind kind = KINDS[r.varint()];
                boolean pending = r.varint() == 1;
                List<String> basedOn = r.strings();
                List<String> changes = r.strings();
                int count = r.varint();
                String[] ids = new String[count];
                for (int k = 0; k < count; k++) ids[k] = r.string();
                lengths[i] = r.varint();
                docs.add(new Encoded(file, bytes, key, kind, pending, basedOn, changes, List.of(ids)));
            }
            int offset = r.pos;
            for (int i = 0; i < n; i++) {
                docs.get(i).offset = offset;
                docs.get(i).length = lengths[i];
                offset += lengths[i];
            }
            if (offset != bytes.length) {
                throw new IOException(file + " is damaged (" + bytes.length + " bytes where its table says " + offset
                        + "): import again");
            }
            return List.copyOf(docs);
        } catch (RuntimeException e) {
            throw new IOException(file + " is damaged (" + e + "): import again", e);
        }
    }

    /** Reads every document now (tests, tools). */
    static List<LegalDocument> read(Path file) throws IOException {
        List<LegalDocument> out = new ArrayList<>();
        for (LazyDocument d : open(file)) out.add(d.load());
        return out;
    }

    /** One document in the file, decoded on {@link #load()}. */
    private static final class Encoded implements LazyDocument {
        private final Path file;
        private final byte[] bytes;
        private final String key;
        private final DocumentKind kind;
        private final boolean pending;
        private final List<String> basedOn;
        private final List<String> changes;
        private final List<String> ids;
        int offset;
        int length;

        Encoded(Path file, byte[] bytes, String key, DocumentKind kind, boolean pending, List<String> basedOn,
                List<String> changes, List<String> ids) {
            this.file = file;
            this.bytes = bytes;
            this.key = key;
            this.kind = kind;
            this.pending = pending;
            this.basedOn = basedOn;
            this.changes = changes;
            this.ids = ids;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public DocumentKind kind() {
            return kind;
        }

        @Override
        public boolean pendingChange() {
            return pending;
        }

        @Override
        public List<String> basedOn() {
            return basedOn;
        }

        @Override
        public List<String> changesDocuments() {
            return changes;
        }

        @Override
        public List<String> provisionIds() {
            return ids;
        }

        @Override
        public LegalDocument load() {
            Reader r = new Reader(bytes, offset);
            LegalDocument d;
            try {
                d = r.document();
            } catch (RuntimeException e) {
                throw new IllegalStateException(file + " is damaged at " + key + " (" + e + "): import again", e);
            }
            if (r.pos != offset + length || !d.key().equals(key)) {
                throw new IllegalStateException(file + " is damaged at " + key + ": import again");
            }
            return d;
        }
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
            strings(d.changeTargets());
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
        private static final Language[] LANGUAGES = Language.values();
        final byte[] bytes;
        int pos;
        private final List<String> shared = new ArrayList<>();

        Reader(byte[] bytes, int pos) {
            this.bytes = bytes;
            this.pos = pos;
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
            List<String> changeTargets = strings();
            boolean pending = varint() == 1;
            String refid = string();
            int tl = varint();
            Language textLanguage = tl == 0 ? null : LANGUAGES[tl - 1];
            String sourceFile = string();
            int n = varint();
            Provision[] provisions = new Provision[n];
            for (int i = 0; i < n; i++) provisions[i] = provision();
            return new LegalDocument(key, legacyId, dokid, kind, title, shortTitle, abbreviations, ministries,
                    dateInForce, inForceFrom, lastChange, legalAreas, language, basedOn, changes, changeTargets,
                    pending, List.of(provisions), refid, textLanguage, sourceFile);
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
