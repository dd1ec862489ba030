package no.forsokssjekk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.forsokssjekk.assessment.Application;
import no.forsokssjekk.assessment.Assessment;
import no.forsokssjekk.contract.ContractJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assess [--json] FILE|-}: pre-assesses an application given as JSON (the contract in docs/contract.md). */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Forhåndsvurder en søknad (JSON) og skriv ut funnene.")
final class AssessCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    EngineOptions engineOptions;

    @Parameters(index = "0", paramLabel = "FIL", description = "Søknaden som JSON, eller - for standard inn.")
    String file;

    @Option(names = "--json", description = "Skriv vurderingen som JSON (kontrakten) i stedet for en lesbar rapport.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        byte[] bytes = read(file);
        Application application = ContractJson.readApplication(bytes, "-".equals(file) ? "stdin" : file);
        Assessment assessment = engineOptions.engine().assess(application);
        var out = spec.commandLine().getOut();
        if (json) out.println(ContractJson.write(assessment));
        else out.print(AssessmentReport.text(assessment));
        out.flush();
        return Main.OK;
    }

    static byte[] read(String file) throws IOException {
        if ("-".equals(file)) {
            try (InputStream in = System.in) {
                return in.readNBytes(ContractJson.MAX_APPLICATION_BYTES + 1);
            }
        }
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) throw new CliInputException("Finner ikke filen " + file + ".");
        if (Files.size(p) > ContractJson.MAX_APPLICATION_BYTES) {
            throw new CliInputException(file + " er " + Files.size(p) + " byte; grensen er "
                    + ContractJson.MAX_APPLICATION_BYTES + " byte.");
        }
        return Files.readAllBytes(p);
    }
}
