package se.larteam.reading;

import java.util.List;

/** What an import would do: every entry with its problem or duplicate mark. Importable only without problems. */
public record ImportPreview(List<ImportEntry> entries) {

    public long toImport() {
        return entries.stream().filter(ImportEntry::ok).count();
    }

    public long duplicates() {
        return entries.stream().filter(ImportEntry::duplicate).count();
    }

    public long problems() {
        return entries.stream().filter(e -> e.problemKey() != null).count();
    }

    public boolean importable() {
        return problems() == 0 && toImport() > 0;
    }
}
