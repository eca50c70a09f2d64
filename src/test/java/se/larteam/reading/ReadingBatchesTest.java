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

/** Chunked storing with progress, and its all-or-nothing promise when a chunk fails half-way. */
class ReadingBatchesTest {

    private static List<Reading> readings(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Reading("id-" + i, "p", null, null, ReadingScope.LIBRARY,
                "Titel " + i, List.of(), 2020, ReadingKind.ARTICLE, "", "", "", "sv", "", List.of(), Evidence.RESEARCH,
                List.of(), List.of(), null, null, "u", Instant.EPOCH, Instant.EPOCH)).toList();
    }

    @Test
    void storesInChunksAndTellsProgressAfterEach() {
        MongoTemplate mongo = mock(MongoTemplate.class);
        List<String> told = new ArrayList<>();

        ReadingBatches.insert(mongo, readings(120), (stored, total) -> told.add(stored + "/" + total));

        verify(mongo, times(3)).insertAll(anyCollection());
        assertThat(told).containsExactly("50/120", "100/120", "120/120");
        verify(mongo, never()).remove(any(Query.class), eq(Reading.class));
    }

    @Test
    void aFailingChunkRemovesTheChunksStoredBeforeIt() {
        MongoTemplate mongo = mock(MongoTemplate.class);
        int[] calls = {0};
        doAnswer(invocation -> {
            if (++calls[0] == 2) {
                throw new DataAccessResourceFailureException("the database went away");
            }
            return invocation.getArgument(0);
        }).when(mongo).insertAll(anyCollection());

        assertThatThrownBy(() -> ReadingBatches.insert(mongo, readings(120), (stored, total) -> { }))
                .isInstanceOf(DataAccessResourceFailureException.class);

        ArgumentCaptor<Query> removed = ArgumentCaptor.forClass(Query.class);
        verify(mongo).remove(removed.capture(), eq(Reading.class));
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) ((org.bson.Document) removed.getValue().getQueryObject().get("_id")).get("$in");
        assertThat(ids).hasSize(50).first().isEqualTo("id-0");
    }
}
