package se.larteam.collab.yjs;

import java.util.Comparator;

/**
 * The sort of V8's {@code Array.prototype.sort} (TimSort after CPython's listsort, as in Node 18–20), step for step.
 * yjs's {@code mergeUpdates} sorts its readers with a comparator that is not consistent (a GC and an Item at the
 * same position each compare smaller than the other), so which comes first depends on the exact sequence of
 * comparisons; only the same algorithm gives the same bytes. Comparisons and moves follow V8's
 * {@code third_party/v8/builtins/array-sort.tq}; the code is our own.
 */
final class V8TimSort<T> {

    private static final int MIN_GALLOP = 7;

    private final T[] a;
    private final Comparator<? super T> cmp;
    private int minGallop = MIN_GALLOP;
    private final int[] runBase = new int[85];
    private final int[] runLen = new int[85];
    private int stackSize;

    private V8TimSort(T[] a, Comparator<? super T> cmp) {
        this.a = a;
        this.cmp = cmp;
    }

    static <T> void sort(T[] a, Comparator<? super T> cmp) {
        int n = a.length;
        if (n < 2) {
            return;
        }
        V8TimSort<T> s = new V8TimSort<>(a, cmp);
        int minRun = minRunLength(n);
        int low = 0;
        int remaining = n;
        while (remaining != 0) {
            int run = s.countAndMakeRun(low, low + remaining);
            if (run < minRun) {
                int forced = Math.min(minRun, remaining);
                s.binaryInsertionSort(low, low + run, low + forced);
                run = forced;
            }
            s.runBase[s.stackSize] = low;
            s.runLen[s.stackSize] = run;
            s.stackSize++;
            s.mergeCollapse();
            low += run;
            remaining -= run;
        }
        s.mergeForceCollapse();
    }

    private static int minRunLength(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private int compare(T x, T y) {
        return cmp.compare(x, y);
    }

    /** [low, start) is sorted; inserts the rest up to high, each after its equals. */
    private void binaryInsertionSort(int low, int start, int high) {
        if (start == low) {
            start++;
        }
        for (; start < high; start++) {
            T pivot = a[start];
            int left = low;
            int right = start;
            while (left < right) {
                int mid = left + ((right - left) >> 1);
                if (compare(pivot, a[mid]) < 0) {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            System.arraycopy(a, left, a, left + 1, start - left);
            a[left] = pivot;
        }
    }

    /** Length of the ascending (or strictly descending, then reversed) run starting at low. */
    private int countAndMakeRun(int lowArg, int high) {
        int low = lowArg + 1;
        if (low == high) {
            return 1;
        }
        int run = 2;
        boolean descending = compare(a[low], a[low - 1]) < 0;
        T previous = a[low];
        for (int idx = low + 1; idx < high; idx++) {
            T current = a[idx];
            int order = compare(current, previous);
            if (descending ? order >= 0 : order < 0) {
                break;
            }
            previous = current;
            run++;
        }
        if (descending) {
            for (int lo = lowArg, hi = lowArg + run - 1; lo < hi; lo++, hi--) {
                T t = a[lo];
                a[lo] = a[hi];
                a[hi] = t;
            }
        }
        return run;
    }

    private boolean invariantHolds(int n) {
        if (n < 2) {
            return true;
        }
        return runLen[n - 2] > runLen[n - 1] + runLen[n];
    }

    private void mergeCollapse() {
        while (stackSize > 1) {
            int n = stackSize - 2;
            if (!invariantHolds(n + 1) || !invariantHolds(n)) {
                if (runLen[n - 1] < runLen[n + 1]) {
                    n--;
                }
                mergeAt(n);
            } else if (runLen[n] <= runLen[n + 1]) {
                mergeAt(n);
            } else {
                break;
            }
        }
    }

    private void mergeForceCollapse() {
        while (stackSize > 1) {
            int n = stackSize - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1]) {
                n--;
            }
            mergeAt(n);
        }
    }

    private void mergeAt(int i) {
        int baseA = runBase[i];
        int lengthA = runLen[i];
        int baseB = runBase[i + 1];
        int lengthB = runLen[i + 1];
        runLen[i] = lengthA + lengthB;
        if (i == stackSize - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
        }
        stackSize--;
        int k = gallopRight(a, a[baseB], baseA, lengthA, 0);
        baseA += k;
        lengthA -= k;
        if (lengthA == 0) {
            return;
        }
        lengthB = gallopLeft(a, a[baseA + lengthA - 1], baseB, lengthB, lengthB - 1);
        if (lengthB == 0) {
            return;
        }
        if (lengthA <= lengthB) {
            mergeLow(baseA, lengthA, baseB, lengthB);
        } else {
            mergeHigh(baseA, lengthA, baseB, lengthB);
        }
    }

    /** Offset in [0, length] where key goes, left of any equal elements. */
    private int gallopLeft(T[] arr, T key, int base, int length, int hint) {
        int lastOfs = 0;
        int offset = 1;
        if (compare(arr[base + hint], key) < 0) {
            int maxOfs = length - hint;
            while (offset < maxOfs) {
                if (compare(arr[base + hint + offset], key) >= 0) {
                    break;
                }
                lastOfs = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) {
                    offset = maxOfs;
                }
            }
            if (offset > maxOfs) {
                offset = maxOfs;
            }
            lastOfs += hint;
            offset += hint;
        } else {
            int maxOfs = hint + 1;
            while (offset < maxOfs) {
                if (compare(arr[base + hint - offset], key) < 0) {
                    break;
                }
                lastOfs = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) {
                    offset = maxOfs;
                }
            }
            if (offset > maxOfs) {
                offset = maxOfs;
            }
            int tmp = lastOfs;
            lastOfs = hint - offset;
            offset = hint - tmp;
        }
        lastOfs++;
        while (lastOfs < offset) {
            int m = lastOfs + ((offset - lastOfs) >> 1);
            if (compare(arr[base + m], key) < 0) {
                lastOfs = m + 1;
            } else {
                offset = m;
            }
        }
        return offset;
    }

    /** Offset in [0, length] where key goes, right of any equal elements. */
    private int gallopRight(T[] arr, T key, int base, int length, int hint) {
        int lastOfs = 0;
        int offset = 1;
        if (compare(key, arr[base + hint]) < 0) {
            int maxOfs = hint + 1;
            while (offset < maxOfs) {
                if (compare(key, arr[base + hint - offset]) >= 0) {
                    break;
                }
                lastOfs = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) {
                    offset = maxOfs;
                }
            }
            if (offset > maxOfs) {
                offset = maxOfs;
            }
            int tmp = lastOfs;
            lastOfs = hint - offset;
            offset = hint - tmp;
        } else {
            int maxOfs = length - hint;
            while (offset < maxOfs) {
                if (compare(key, arr[base + hint + offset]) < 0) {
                    break;
                }
                lastOfs = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) {
                    offset = maxOfs;
                }
            }
            if (offset > maxOfs) {
                offset = maxOfs;
            }
            lastOfs += hint;
            offset += hint;
        }
        lastOfs++;
        while (lastOfs < offset) {
            int m = lastOfs + ((offset - lastOfs) >> 1);
            if (compare(key, arr[base + m]) < 0) {
                offset = m;
            } else {
                lastOfs = m + 1;
            }
        }
        return offset;
    }

    private void mergeLow(int baseA, int lengthA, int baseB, int lengthB) {
        T[] temp = java.util.Arrays.copyOfRange(a, baseA, baseA + lengthA);
        int dest = baseA;
        int cursorTemp = 0;
        int cursorB = baseB;
        a[dest++] = a[cursorB++];
        boolean copyB;
        outer:
        {
            if (--lengthB == 0) {
                copyB = false;
                break outer;
            }
            if (lengthA == 1) {
                copyB = true;
                break outer;
            }
            int gallop = minGallop;
            while (true) {
                int winsA = 0;
                int winsB = 0;
                while (true) {
                    if (compare(a[cursorB], temp[cursorTemp]) < 0) {
                        a[dest++] = a[cursorB++];
                        winsB++;
                        lengthB--;
                        winsA = 0;
                        if (lengthB == 0) {
                            copyB = false;
                            break outer;
                        }
                        if (winsB >= gallop) {
                            break;
                        }
                    } else {
                        a[dest++] = temp[cursorTemp++];
                        winsA++;
                        lengthA--;
                        winsB = 0;
                        if (lengthA == 1) {
                            copyB = true;
                            break outer;
                        }
                        if (winsA >= gallop) {
                            break;
                        }
                    }
                }
                gallop++;
                boolean first = true;
                while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP || first) {
                    first = false;
                    gallop = Math.max(1, gallop - 1);
                    minGallop = gallop;
                    winsA = gallopRight(temp, a[cursorB], cursorTemp, lengthA, 0);
                    if (winsA > 0) {
                        System.arraycopy(temp, cursorTemp, a, dest, winsA);
                        dest += winsA;
                        cursorTemp += winsA;
                        lengthA -= winsA;
                        if (lengthA == 1) {
                            copyB = true;
                            break outer;
                        }
                        if (lengthA == 0) {
                            copyB = false;
                            break outer;
                        }
                    }
                    a[dest++] = a[cursorB++];
                    if (--lengthB == 0) {
                        copyB = false;
                        break outer;
                    }
                    winsB = gallopLeft(a, temp[cursorTemp], cursorB, lengthB, 0);
                    if (winsB > 0) {
                        System.arraycopy(a, cursorB, a, dest, winsB);
                        dest += winsB;
                        cursorB += winsB;
                        lengthB -= winsB;
                        if (lengthB == 0) {
                            copyB = false;
                            break outer;
                        }
                    }
                    a[dest++] = temp[cursorTemp++];
                    if (--lengthA == 1) {
                        copyB = true;
                        break outer;
                    }
                }
                gallop++;
                minGallop = gallop;
            }
        }
        if (copyB) {
            System.arraycopy(a, cursorB, a, dest, lengthB);
            a[dest + lengthB] = temp[cursorTemp];
        } else if (lengthA > 0) {
            System.arraycopy(temp, cursorTemp, a, dest, lengthA);
        }
    }

    private void mergeHigh(int baseA, int lengthA, int baseB, int lengthB) {
        T[] temp = java.util.Arrays.copyOfRange(a, baseB, baseB + lengthB);
        int dest = baseB + lengthB - 1;
        int cursorTemp = lengthB - 1;
        int cursorA = baseA + lengthA - 1;
        a[dest--] = a[cursorA--];
        boolean copyA;
        outer:
        {
            if (--lengthA == 0) {
                copyA = false;
                break outer;
            }
            if (lengthB == 1) {
                copyA = true;
                break outer;
            }
            int gallop = minGallop;
            while (true) {
                int winsA = 0;
                int winsB = 0;
                while (true) {
                    if (compare(temp[cursorTemp], a[cursorA]) < 0) {
                        a[dest--] = a[cursorA--];
                        winsA++;
                        lengthA--;
                        winsB = 0;
                        if (lengthA == 0) {
                            copyA = false;
                            break outer;
                        }
                        if (winsA >= gallop) {
                            break;
                        }
                    } else {
                        a[dest--] = temp[cursorTemp--];
                        winsB++;
                        lengthB--;
                        winsA = 0;
                        if (lengthB == 1) {
                            copyA = true;
                            break outer;
                        }
                        if (winsB >= gallop) {
                            break;
                        }
                    }
                }
                gallop++;
                boolean first = true;
                while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP || first) {
                    first = false;
                    gallop = Math.max(1, gallop - 1);
                    minGallop = gallop;
                    int k = gallopRight(a, temp[cursorTemp], baseA, lengthA, lengthA - 1);
                    winsA = lengthA - k;
                    if (winsA > 0) {
                        dest -= winsA;
                        cursorA -= winsA;
                        System.arraycopy(a, cursorA + 1, a, dest + 1, winsA);
                        lengthA -= winsA;
                        if (lengthA == 0) {
                            copyA = false;
                            break outer;
                        }
                    }
                    a[dest--] = temp[cursorTemp--];
                    if (--lengthB == 1) {
                        copyA = true;
                        break outer;
                    }
                    k = gallopLeft(temp, a[cursorA], 0, lengthB, lengthB - 1);
                    winsB = lengthB - k;
                    if (winsB > 0) {
                        dest -= winsB;
                        cursorTemp -= winsB;
                        System.arraycopy(temp, cursorTemp + 1, a, dest + 1, winsB);
                        lengthB -= winsB;
                        if (lengthB == 1) {
                            copyA = true;
                            break outer;
                        }
                        if (lengthB == 0) {
                            copyA = false;
                            break outer;
                        }
                    }
                    a[dest--] = a[cursorA--];
                    if (--lengthA == 0) {
                        copyA = false;
                        break outer;
                    }
                }
                gallop++;
                minGallop = gallop;
            }
        }
        if (copyA) {
            dest -= lengthA;
            cursorA -= lengthA;
            System.arraycopy(a, cursorA + 1, a, dest + 1, lengthA);
            a[dest] = temp[cursorTemp];
        } else if (lengthB > 0) {
            System.arraycopy(temp, 0, a, dest - (lengthB - 1), lengthB);
        }
    }
}
