package no.forsokssjekk.corpus.lovdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LovdataRefsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "NONE", value = {
            "lov/2003-11-28-98, LOV-2003-11-28-98",
            "lov/1967-02-10, LOV-1967-02-10",
            "lov/1992-06-26-87/§4, LOV-1992-06-26-87/§4",
            "forskrift/2015-03-20-231/§13, FOR-2015-03-20-231/§13",
            "lov/2005-06-17-101/§22/ledd/3, LOV-2005-06-17-101/§22/ledd3",
            "lov/1999-07-02-63/§2-2a/ledd/2/setning/1, LOV-1999-07-02-63/§2-2a/ledd2",
            "lov/1999-07-02-63/§2-4a/ledd/2/bokstav/a, LOV-1999-07-02-63/§2-4a/ledd2/bokstavA",
            "lov/2008-06-27-71/§12-5/ledd/2/nummer/1, LOV-2008-06-27-71/§12-5/ledd2/nr1",
            "lov/1999-07-16-66/§1/nummer/3, LOV-1999-07-16-66/§1",
            "lov/2017-06-16-65/kapiii, LOV-2017-06-16-65",
            "forskrift/2004-01-19-298/vedlegg6, FOR-2004-01-19-298",
            "lov/2018-06-15-38/gdpr/a15, LOV-2018-06-15-38/gdpr/a15",
            "lov/2018-06-15-38/gdpr, LOV-2018-06-15-38",
            "https://lovdata.no/lov/1992-06-26-87/§3, LOV-1992-06-26-87/§3",
            "lov/1992-06-26-87/%C2%A73, LOV-1992-06-26-87/§3",
            "eu/32016r0679, NONE",
            "avtale/avt-1992-05-02-1-v19, NONE",
            "static/SF/sf-20111109-1088-k10-01-01.pdf, NONE",
            "legal-areas/11.03, NONE",
            "https://www.ema.europa.eu/x, NONE"})
    void links_become_our_ids_or_nothing(String href, String expected) {
        assertThat(LovdataRefs.toId(href)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @CsvSource({"lov/1992-06-26-87, LOV-1992-06-26-87", "forskrift/2015-03-20-231, FOR-2015-03-20-231"})
    void refids_become_document_ids(String refid, String expected) {
        assertThat(LovdataRefs.documentId(refid)).contains(expected);
    }
}
