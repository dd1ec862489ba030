package no.forsokssjekk.corpus.lovdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import no.forsokssjekk.corpus.LegalDocument;
import no.forsokssjekk.corpus.Provision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text hash must equal the reference definition (the developers' Python tool, {@code text_hash} in lovdata.py)
 * byte for byte: the catalogue's classifications are pinned to it. The expected values below were computed by that
 * tool on the fixtures; the full-data test compares a sample of real §§.
 */
class TextHashTest {
    /** fixture file, § id → hash by the Python reference. */
    static final Map<String, String> REFERENCE = new LinkedHashMap<>();

    static {
        REFERENCE.put("nl-20990101-001.xml LOV-2099-01-01-1/§1", "2e0acac622b531a0");
        REFERENCE.put("nl-20990101-001.xml LOV-2099-01-01-1/§2", "cde9f9dc65df80e3");
        REFERENCE.put("nl-20990101-001.xml LOV-2099-01-01-1/§3", "a38e92f293dd799a");
        REFERENCE.put("nl-20990101-001.xml LOV-2099-01-01-1/§4", "e3b0c44298fc1c14");
        REFERENCE.put("nl-20990101-001.xml LOV-2099-01-01-1/§5", "4965fe4d0f4a33c8");
        REFERENCE.put("nl-20990101-001.xml LOV-2099-01-01-1/§5a", "6ec17bc4305e66a9");
        REFERENCE.put("nl-20990101-001.xml LOV-2099-01-01-1/§6", "f57d779eda7e2350");
        REFERENCE.put("nl-20990101-001.xml LOV-2099-01-01-1/vedlegg1/§1", "4050949cdb6231b5");
        REFERENCE.put("nl-20990202-002-nn.xml LOV-2099-02-02-2/nn/§1", "13a79daf739ffef8");
        REFERENCE.put("nl-20990202-002-nn.xml LOV-2099-02-02-2/nn/§3", "d778bee51587dc16");
        REFERENCE.put("nl-20990202-002.xml LOV-2099-02-02-2/§1", "cdfebd19678cd664");
        REFERENCE.put("nl-20990202-002.xml LOV-2099-02-02-2/§3", "81f39f7b2b7869a9");
        REFERENCE.put("nl-20990404-004.xml LOV-2099-04-04-4/§1", "2a9a0bbe1ece604e");
        REFERENCE.put("sf-20990303-0003.xml FOR-2099-03-03-3/§1", "18901581be37fc51");
        REFERENCE.put("sf-20990303-0003.xml FOR-2099-03-03-3/§2", "f9edf8f212116f8a");
        REFERENCE.put("sf-20990303-0003.xml FOR-2099-03-03-3/a1", "013105993f1bc1d8");
        REFERENCE.put("sf-20990303-0003.xml FOR-2099-03-03-3/a2", "8dc015f64e245603");
        REFERENCE.put("sf-20990303-0003.xml FOR-2099-03-03-3/del.2/a1", "da960ca72f53fdc4");
        REFERENCE.put("sf-20990303-0003.xml FOR-2099-03-03-3/vedleggI/a2", "c39d0e2da2c0c353");
    }

    @Test
    void every_fixture_section_hashes_as_the_python_reference_does() throws Exception {
        Map<String, String> actual = new LinkedHashMap<>();
        for (String key : REFERENCE.keySet()) {
            String file = key.substring(0, key.indexOf(' '));
            LegalDocument d = LovdataParserTest.parse(file);
            for (Provision p : d.provisions()) actual.put(file + " " + p.id(), p.textHash());
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(REFERENCE);
    }

    @Test
    void the_hash_of_no_text_is_the_start_of_sha256_of_nothing() {
        assertThat(TextHash.ofText("")).isEqualTo("e3b0c44298fc1c14");
        assertThat(TextHash.ofText(" \n\t\u00a0")).isEqualTo("e3b0c44298fc1c14");
    }

    @Test
    void whitespace_of_every_kind_is_ignored_and_text_is_compared_in_nfc() {
        String base = TextHash.ofText("312200 kroner");
        assertThat(TextHash.ofText("312\u00a0200\u2007kroner\u202f")).isEqualTo(base);
        assertThat(TextHash.ofText("3 1 2\t2\r\n0 0\u3000kroner")).isEqualTo(base);
        assertThat(TextHash.ofText("a\u030a")).as("decomposed å").isEqualTo(TextHash.ofText("\u00e5"));
        assertThat(TextHash.ofText("a\u200bb")).as("zero width space is not whitespace in Python")
                .isNotEqualTo(TextHash.ofText("ab"));
    }

    @ParameterizedTest
    @ValueSource(chars = {'\u0009', '\n', '\u000b', '\u000c', '\r', '\u001c', '\u001d', '\u001e', '\u001f', ' ',
            '\u0085', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f',
            '\u3000'})
    void python_whitespace_characters_are_removed(char c) {
        assertThat(TextHash.isPythonWhitespace(c)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(chars = {'a', '-', '\u00ad', '\u200b', '\u2060', '\ufeff', '\u180e', '§'})
    void other_characters_are_kept(char c) {
        assertThat(TextHash.isPythonWhitespace(c)).isFalse();
    }
}
