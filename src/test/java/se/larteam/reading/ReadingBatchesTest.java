package se.larteam.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Chunked storing with progress, and its all-or-nothing promise when a chunk fails half-way. */
class ReadingBatchesTest {

    private static List<Reading> readings(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Reading("id-" + i, "p", null, null, ReadingScope.LIBRARY,
                "Titel " + i, List.of(), 2020, ReadingKind.ARTICLE, "", "", "", "sv", "", List.of(), Evidence.RESEARCH,
                List.of(), List.of(), null, null, "u", Instant.EPOCH, Instant.EPOCH, null)).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void storesInChunksAsPendingTellsProgressAfterEachThenShowsAllInOneUpdate() {
        MongoTemplate mongo = mock(MongoTemplate.class);
        List<String> told = new ArrayList<>();

        ReadingBatches.insert(mongo, readings(120), (stored, total) -> told.add(stored + "/" + total));

        ArgumentCaptor<java.util.Collection<Reading>> chunks = ArgumentCaptor.forClass(java.util.Collection.class);
        verify(mongo, times(3)).insertAll(chunks.capture());
        List<String> imports = chunks.getAllValues().stream().flatMap(java.util.Collection::stream)
                .map(Reading::pendingImport).distinct().toList();
        assertThat(imports).as("every stored reading pending, under one import").hasSize(1).doesNotContainNull();
        assertThat(told).containsExactly("50/120", "100/120", "120/120");
        ArgumentCaptor<Query> shown = ArgumentCaptor.forClass(Query.class);
        verify(mongo).updateMulti(shown.capture(), any(Update.class), eq(Reading.class));
        assertThat(shown.getValue().getQueryObject()).isEqualTo(new org.bson.Document("pendingImport", imports.get(0)));
        verify(mongo, never()).remove(any(Query.class), eq(Reading.class));
    }

    @Test
    void aFailingChunkRemovesThePendingReadingsOfTheImportAndShowsNone() {
        MongoTemplate mongo = mock(MongoTemplate.class);
        int[] calls = {0};
        String[] importId = {null};
        doAnswer(invocation -> {
            java.util.Collection<Reading> chunk = invocation.getArgument(0);
            importId[0] = chunk.iterator().next().pendingImport();
            if (++calls[0] == 2) {
                throw new DataAccessResourceFailureException("the database went away");
            }
            return chunk;
        }).when(mongo).insertAll(anyCollection());

        assertThatThrownBy(() -> ReadingBatches.insert(mongo, readings(120), (stored, total) -> { }))
                .isInstanceOf(DataAccessResourceFailureException.class);

        ArgumentCaptor<Query> removed = ArgumentCaptor.forClass(Query.class);
        verify(mongo).remove(removed.capture(), eq(Reading.class));
        assertThat(removed.getValue().getQueryObject()).isEqualTo(new org.bson.Document("pendingImport", importId[0]));
        verify(mongo, never()).updateMulti(any(Query.class), any(Update.class), eq(Reading.class));
    }
}
