package no.forsokssjekk.corpus.lovdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.forsokssjekk.io.InputProblem;
import no.forsokssjekk.io.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lovdata's list of public data files: a JSON array of {@code {filename, description, sizeBytes, lastModified}}
 * ({@code sizeBytes} is a string in Lovdata's answer; a number is accepted too). {@code corpus download} saves the list
 * it used beside the archives under this file name, and an import looks for it beside an archive to learn the dataset
 * date.
 */
public final class PublicDataList {
    public static final String FILE_NAME = "lovdata-public-data-list.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PublicDataList() {
    }

    /** Parses the list; anything that is not such a list is an {@link InvalidInputException} naming the source. */
    public static List<PublicDataEntry> parse(byte[] json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidInputException(new InputProblem(source, "", "is not JSON: " + e.getOriginalMessage(),
                    "a JSON array of {filename, sizeBytes, lastModified}"));
        }
        if (root == null || !root.isArray()) {
            throw new InvalidInputException(new InputProblem(source, "", "is not a JSON array",
                    "a JSON array of {filename, sizeBytes, lastModified}"));
        }
        List<PublicDataEntry> out = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode n = root.get(i);
            String at = "[" + i + "]";
            String filename = n.path("filename").asString("");
            if (filename.isBlank()) {
                problems.add(new InputProblem(source, at + ".filename", "is missing", "a file name"));
                continue;
            }
            long size;
            try {
                size = Long.parseLong(n.path("sizeBytes").asString("").strip());
            } catch (NumberFormatException e) {
                problems.add(new InputProblem(source, at + ".sizeBytes", "'" + n.path("sizeBytes").asString("")
                        + "' is not a size", "a number of bytes"));
                continue;
            }
            Instant modified;
            try {
                modified = Instant.parse(n.path("lastModified").asString("").strip());
            } catch (DateTimeParseException e) {
                problems.add(new InputProblem(source, at + ".lastModified", "'" + n.path("lastModified").asString("")
                        + "' is not a time", "an ISO instant such as 2025-11-08T02:31:59.418Z"));
                continue;
            }
            out.add(new PublicDataEntry(filename.strip(), n.path("description").asString(""), size, modified));
        }
        if (!problems.isEmpty()) throw new InvalidInputException("Lovdata's file list is not usable", problems);
        return out;
    }

    /** Writes a list in Lovdata's shape (sizes as strings), e.g. the one a download was checked against. */
    public static byte[] toJson(List<PublicDataEntry> entries) {
        var array = JSON.createArrayNode();
        for (PublicDataEntry e : entries) {
            var o = array.addObject();
            o.put("filename", e.filename());
            o.put("description", e.description());
            o.put("sizeBytes", Long.toString(e.sizeBytes()));
            o.put("lastModified", e.lastModified().toString());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(array);
    }

    /**
     * The entry for a file, from a list saved in the file's folder or the folder above it (where Lovdata's layout and
     * {@code corpus download} put it). An unreadable list is ignored: it only supplies a date.
     */
    public static Optional<PublicDataEntry> findBeside(Path file, String listedName) {
        Path dir = file.toAbsolutePath().getParent();
        for (int up = 0; up < 2 && dir != null; up++, dir = dir.getParent()) {
            Path list = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(list)) {
                try {
                    for (PublicDataEntry e : parse(Files.readAllBytes(list), list.toString())) {
                        if (e.filename().equals(listedName)) return Optional.of(e);
                    }
                } catch (IOException | InvalidInputException ignored) {
                    // a damaged list gives no date; the archive's own times are used instead
                }
            }
        }
        return Optional.empty();
    }
}
