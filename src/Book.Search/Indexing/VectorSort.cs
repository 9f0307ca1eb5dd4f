namespace Book.Search.Indexing;

/// <summary>
/// Sorts a field vector's term indices ascending, carrying the weights along (what <c>Array.Sort(keys,
/// items)</c> does). Written out because <c>Array.Sort&lt;int, double&gt;</c> is a generic instantiation that
/// ReadyToRun leaves to the JIT: a cold build ran it unoptimised for every one of a book's vectors.
/// The keys are distinct term ids, so stability does not matter.
/// </summary>
internal static class VectorSort
{
    private const int InsertionSortBelow = 16;

    public static void Sort(int[] keys, double[] values) => Sort(keys, values, 0, keys.Length - 1);

    private static void Sort(int[] keys, double[] values, int lo, int hi)
    {
        while (hi - lo >= InsertionSortBelow)
        {
            // Median of three as the pivot, then Hoare partitioning; recurse into the smaller side.
            var mid = lo + ((hi - lo) / 2);
            if (keys[mid] < keys[lo])
            {
                Swap(keys, values, mid, lo);
            }

            if (keys[hi] < keys[lo])
            {
                Swap(keys, values, hi, lo);
            }

            if (keys[hi] < keys[mid])
            {
                Swap(keys, values, hi, mid);
            }

            var pivot = keys[mid];
            var i = lo;
            var j = hi;
            while (i <= j)
            {
                while (keys[i] < pivot)
                {
                    i++;
                }

                while (keys[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    Swap(keys, values, i, j);
                    i++;
                    j--;
                }
            }

            if (j - lo < hi - i)
            {
                Sort(keys, values, lo, j);
                lo = i;
            }
            else
            {
                Sort(keys, values, i, hi);
                hi = j;
            }
        }

        for (var k = lo + 1; k <= hi; k++)
        {
            var key = keys[k];
            var value = values[k];
            var at = k - 1;
            while (at >= lo && keys[at] > key)
            {
                keys[at + 1] = keys[at];
                values[at + 1] = values[at];
                at--;
            }

            keys[at + 1] = key;
            values[at + 1] = value;
        }
    }

    private static void Swap(int[] keys, double[] values, int a, int b)
    {
        (keys[a], keys[b]) = (keys[b], keys[a]);
        (values[a], values[b]) = (values[b], values[a]);
    }
}
