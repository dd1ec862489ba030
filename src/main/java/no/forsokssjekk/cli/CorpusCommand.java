package no.forsokssjekk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import no.forsokssjekk.corpus.CorpusMetadata;
import no.forsokssjekk.corpus.CorpusSource;
import no.forsokssjekk.corpus.DataDirectory;
import no.forsokssjekk.corpus.Drift;
import no.forsokssjekk.corpus.DriftCheck;
import no.forsokssjekk.corpus.LovdataCorpus;
import no.forsokssjekk.corpus.catalogue.Catalogue;
import no.forsokssjekk.corpus.lovdata.CorpusCodec;
import no.forsokssjekk.corpus.lovdata.ImportListener;
import no.forsokssjekk.corpus.lovdata.ImportProgress;
import no.forsokssjekk.corpus.lovdata.InstalledCorpus;
import no.forsokssjekk.corpus.lovdata.LovdataDownloader;
import no.forsokssjekk.corpus.lovdata.LovdataImporter;
import no.forsokssjekk.corpus.lovdata.LovdataStore;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;
import no.forsokssjekk.io.ResourceTree;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code forsokssjekk corpus …}: bring Lovdata's laws and regulations into the data directory, show what is there,
 * and check the catalogue's classifications against the current text.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Lovdata-data: importer, last ned, vis status og sjekk katalogen mot gjeldende tekst.",
        subcommands = {CorpusCommand.Import.class, CorpusCommand.Download.class, CorpusCommand.Status.class,
                CorpusCommand.Check.class})
public final class CorpusCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Importer Lovdatas XML: arkivene (.tar.bz2), mapper med nl-*.xml / sf-*.xml, eller "
                    + "enkeltfiler. Samme data importert før brukes fra mellomlageret uten ny tolking.")
    static final class Import implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataDirOption data;
        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Arkiv, mappe eller fil.")
        List<Path> paths;
        @Option(names = "--dataset-date", paramLabel = "YYYY-MM-DD",
                description = "Datasettets dato (standard: fra Lovdatas filliste ved arkivet, ellers filenes tid).")
        LocalDate datasetDate;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            DataDirectory dir = data.resolve();
            LovdataImporter importer = datasetDate == null ? new LovdataImporter()
                    : new LovdataImporter(2, 1, datasetDate, java.time.Clock.systemUTC());
            ProgressPrinter progress = new ProgressPrinter(err);
            LovdataStore.Installation inst = new LovdataStore(dir, importer).install(paths, progress);
            progress.finish();
            printInstallation(out, inst);
            return Main.OK;
        }
    }

    @Command(name = "download", mixinStandardHelpOptions = true,
            description = "Last ned gjeldende lover og sentrale forskrifter fra Lovdatas åpne API, kontroller "
                    + "størrelse og dato mot Lovdatas filliste, og importer dem.")
    static final class Download implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataDirOption data;
        @Option(names = "--base-url", paramLabel = "URL", description = "API-adresse (standard: ${DEFAULT-VALUE}).",
                defaultValue = "https://api.lovdata.no")
        URI baseUrl;

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            DataDirectory dir = data.resolve();
            if (baseUrl.getScheme() == null || !baseUrl.getScheme().startsWith("http")) {
                throw new InvalidInputException(new InputProblem("--base-url", "", "'" + baseUrl
                        + "' is not an http(s) address", "e.g. https://api.lovdata.no"));
            }
            err.println("Henter Lovdatas filliste fra " + baseUrl + " …");
            LovdataDownloader.Download d = new LovdataDownloader(baseUrl).downloadCurrent(dir.downloads(),
                    (entry, file, present) -> err.println((present ? "  allerede lastet ned: " : "  lastet ned: ")
                            + entry.filename() + " (" + megabytes(entry.sizeBytes()) + ", Lovdata "
                            + entry.lastModified() + ")"));
            ProgressPrinter progress = new ProgressPrinter(err);
            LovdataStore.Installation inst = new LovdataStore(dir).install(d.archives(), progress);
            progress.finish();
            printInstallation(out, inst);
            return Main.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Vis hvilke Lovdata-data som er importert: kilder, datoer, antall lover, forskrifter og "
                    + "paragrafer, og innholdets hash.")
    static final class Status implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataDirOption data;
        @Option(names = "--json", description = "Skriv JSON.")
        boolean json;

        /** The JSON answer of {@code corpus status --json}. */
        record StatusView(String dataDir, String corpusFolder, String indexDir, CorpusMetadata corpus) {
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            DataDirectory dir = data.resolve();
            var current = new LovdataStore(dir).current();
            if (json) {
                out.println(CorpusCodec.toJson(new StatusView(dir.root().toString(),
                        current.map(c -> c.folder().toString()).orElse(null),
                        current.map(c -> c.indexDir().toString()).orElse(null),
                        current.map(InstalledCorpus::metadata).orElse(null))));
                return Main.OK;
            }
            out.println("Datamappe: " + dir.describe());
            if (current.isEmpty()) {
                out.println("Ingen Lovdata-data er importert. Kjør «forsokssjekk corpus download» eller "
                        + "«forsokssjekk corpus import PATH…».");
                return Main.OK;
            }
            printMetadata(out, current.get());
            return Main.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Finn klassifiseringer i katalogen som er laget mot en annen tekst enn den gjeldende "
                    + "(per paragraf), og oppføringer der paragrafen er opphevet eller borte.")
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DataDirOption data;
        @Option(names = "--json", description = "Skriv JSON.")
        boolean json;
        @Option(names = "--catalogue", paramLabel = "DIR",
                description = "Sjekk denne katalogen (legal-corpus) i stedet for den innebygde.")
        Path catalogue;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            DataDirectory dir = data.resolve();
            InstalledCorpus installed = new LovdataStore(dir).current().orElseThrow(() -> new InvalidInputException(
                    new InputProblem(dir.describe(), "", "has no imported Lovdata data to check against",
                            "run «forsokssjekk corpus download» or «forsokssjekk corpus import PATH…» first")));
            if (catalogue != null && !Files.isDirectory(catalogue)) {
                throw new InvalidInputException(new InputProblem("--catalogue", "", catalogue + " is not a folder",
                        "a legal-corpus folder with laws/ and provisions/"));
            }
            Catalogue cat = catalogue == null ? Catalogue.embedded() : Catalogue.load(ResourceTree.directory(catalogue));
            LovdataCorpus corpus = installed.corpus();
            DriftCheck.Report report = DriftCheck.run(cat, corpus);
            if (json) {
                out.println(CorpusCodec.toJson(report));
                return Main.OK;
            }
            out.printf("Katalog %s mot Lovdata-data %s (datasett %s): %d oppføringer, %d klassifiseringer sjekket.%n",
                    report.catalogueOrigin(), corpus.metadata().shortHash(), report.datasetDate(),
                    report.entriesChecked(), report.classificationsChecked());
            if (report.clean()) {
                out.println("Ingen avvik: alle klassifiseringer er laget mot gjeldende tekst.");
                return Main.OK;
            }
            for (Drift d : report.drifts()) out.println("  " + describe(d));
            out.printf("%d avvik må gjennomgås.%n", report.drifts().size());
            return Main.OK;
        }

        static String describe(Drift d) {
            String what = switch (d.reason()) {
                case TEXT_CHANGED -> "teksten er endret (laget mot " + d.madeAgainstHash() + " " + d.madeAgainstDate()
                        + ", nå " + d.currentHash() + ")";
                case REPEALED -> "paragrafen er opphevet";
                case SECTION_MISSING -> "paragrafen finnes ikke lenger (omnummerert eller fjernet)";
                case PART_MISSING -> "paragrafen har ikke lenger " + d.appliesTo();
                case DOCUMENT_MISSING -> "dokumentet finnes ikke i Lovdata-dataene";
            };
            String kind = d.kind() == null ? "" : " " + d.kind() + (d.appliesTo() == null ? "" : " (" + d.appliesTo()
                    + ")");
            return String.format(Locale.ROOT, "%-16s %s%s: %s [%s]", d.reason(), d.provision(), kind, what,
                    d.location());
        }
    }

    static void printInstallation(PrintWriter out, LovdataStore.Installation inst) {
        CorpusMetadata m = inst.corpus().metadata();
        if (inst.fromCache()) {
            out.println("Disse dataene er importert før: bruker mellomlagret korpus " + inst.corpus().folder()
                    + " (ingenting tolket på nytt).");
        } else {
            out.println("Importert til " + inst.corpus().folder() + " (nå i bruk).");
        }
        out.printf("  dokumenter:   %,d (%,d lover, %,d forskrifter)%n", m.documents(), m.laws(), m.regulations());
        out.printf("  paragrafer:   %,d%n", m.sections());
        out.printf("  datasett:     %s%n", m.datasetDate());
        out.printf("  hoppet over:  %d fil(er)%n", m.skipped().size());
        for (InputProblem p : m.skipped()) out.println("    " + p.describe());
        out.printf("  tid:          %s%n", seconds(inst.elapsed()));
    }

    static void printMetadata(PrintWriter out, InstalledCorpus c) {
        CorpusMetadata m = c.metadata();
        out.println("Korpus:       " + c.folder().getFileName() + " (importert " + m.importedAt() + ")");
        out.println("Datasett:     " + m.datasetDate());
        out.println("Kilder:");
        for (CorpusSource s : m.sources()) {
            out.printf("  %s (%s, %s, %,d dokumenter; dato fra %s: %s)%n", s.name(), s.kind().name().toLowerCase(
                    Locale.ROOT), megabytes(s.sizeBytes()), s.documents(), s.datasetDateFrom(), s.lastModified());
        }
        out.printf("Lover:        %,d%n", m.laws());
        out.printf("Forskrifter:  %,d%n", m.regulations());
        out.printf("Paragrafer:   %,d%n", m.sections());
        out.println("Hash:         " + m.contentHash());
        out.println("Indeksmappe:  " + c.indexDir());
        out.printf("Hoppet over:  %d fil(er)%n", m.skipped().size());
        for (InputProblem p : m.skipped()) out.println("  " + p.describe());
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /**
     * Progress on stderr: documents and §§ done, rate and time left. On a terminal one line is rewritten in place;
     * otherwise (a log, a pipe) a line is written every few seconds.
     */
    static final class ProgressPrinter implements ImportListener {
        private final PrintWriter err;
        private final boolean terminal = System.console() != null;
        private final long intervalNanos;
        private long last = System.nanoTime();
        private boolean printed;

        ProgressPrinter(PrintWriter err) {
            this.err = err;
            this.intervalNanos = terminal ? 250_000_000L : 5_000_000_000L;
        }

        @Override
        public void progress(ImportProgress p) {
            long now = System.nanoTime();
            if (now - last < intervalNanos) return;
            last = now;
            String left = p.remaining().map(d -> ", omtrent " + Math.max(1, Math.round(d.toMillis() / 1000.0))
                    + " s igjen").orElse("");
            String line = String.format(Locale.ROOT, "  %,d dokumenter, %,d paragrafer, %.0f dokumenter/s, %.0f %%%s",
                    p.documents(), p.sections(), p.documentsPerSecond(), p.fraction() * 100, left);
            if (terminal) {
                err.print("\r" + line + "   ");
            } else {
                err.println(line);
            }
            err.flush();
            printed = true;
        }

        void finish() {
            if (terminal && printed) {
                err.println();
                err.flush();
            }
        }
    }
}
