namespace Book.Site.Splitting;

/// <summary>
/// Where to cut a run of sections into pages: as few pages as keep each within the budget, and among
/// those cuts the most even (the heaviest page as light as it can be), so a long chapter becomes two
/// halves rather than a full page and a stub. A section heavier than the budget gets a page of its own:
/// sections are never cut.
/// </summary>
public static class ChoosePageBreaks
{
    /// <param name="weights">Estimated weight of each section, in order (the first holds the chapter's opening).</param>
    /// <param name="budget">The most a page should weigh, in the same unit.</param>
    /// <returns>The index of the first section of each page; always starts with 0.</returns>
    public static IReadOnlyList<int> Run(IReadOnlyList<double> weights, double budget)
    {
        if (weights.Count == 0 || weights.Sum() <= budget)
        {
            return [0];
        }

        var pages = Fill(weights, budget).Count;
        // The smallest cap that still needs no more pages: binary search between the heaviest section and the budget.
        var low = weights.Max();
        var high = Math.Max(budget, low);
        for (var i = 0; i < 40 && high - low > 1; i++)
        {
            var middle = (low + high) / 2;
            if (Fill(weights, middle).Count <= pages)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return Fill(weights, high);
    }

    /// <summary>Greedy: each page takes sections while they fit under <paramref name="cap"/> (at least one).</summary>
    private static List<int> Fill(IReadOnlyList<double> weights, double cap)
    {
        var starts = new List<int> { 0 };
        var load = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            if (load > 0 && load + weights[i] > cap)
            {
                starts.Add(i);
                load = 0;
            }

            load += weights[i];
        }

        return starts;
    }
}
