package no.forsokssjekk.corpus.lovdata;

/** A file that is not a usable Lovdata document; the message says why, for the import summary. */
public class LovdataFormatException extends Exception {
    public LovdataFormatException(String reason) {
        super(reason);
    }

    public LovdataFormatException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
