package se.larteam.collab.yjs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * With a consistent comparator the V8 sort must be a correct stable sort at every size (runs, merges, galloping);
 * its exact comparison sequence under yjs's inconsistent one is proven by the golden compaction cases.
 */
class V8TimSortTest {

    record Entry(int key, int index) {
    }

    @Test
    void sortsStablyAtEverySizeAndShape() {
        Random random = new Random(20);
        Comparator<Entry> byKey = Comparator.comparingInt(Entry::key);
        for (int round = 0; round < 400; round++) {
            int n = random.nextInt(round < 200 ? 130 : 3000);
            int keys = 1 + random.nextInt(round % 3 == 0 ? 5 : 10_000);
            Entry[] a = new Entry[n];
            for (int i = 0; i < n; i++) {
                int key = switch (round % 4) {
                    case 0 -> random.nextInt(keys);
                    case 1 -> i / 7 + random.nextInt(3); // mostly ascending runs
                    case 2 -> (n - i) / 5; // descending runs
                    default -> (i % 97) * (random.nextInt(10) < 8 ? 1 : -1);
                };
                a[i] = new Entry(key, i);
            }
            List<Entry> expected = new ArrayList<>(Arrays.asList(a));
            expected.sort(byKey); // stable
            V8TimSort.sort(a, byKey);
            assertThat(a).as("round %d, n=%d", round, n).containsExactlyElementsOf(expected);
        }
    }
}
