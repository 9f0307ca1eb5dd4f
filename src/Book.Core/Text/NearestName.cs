namespace Book.Core.Text;

/// <summary>
/// "Did you mean ...?" suggestions: the candidate closest to a misspelt name by edit distance.
/// </summary>
public static class NearestName
{
    /// <summary>
    /// The closest candidate, or null when none is plausibly meant (more than a third of the
    /// name would have to change: suggesting an unrelated word is worse than suggesting nothing).
    /// </summary>
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(name, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var limit = Math.Max(2, Math.Max(name.Length, best?.Length ?? 0) / 3);
        return bestDistance <= limit ? best : null;
    }

    /// <summary>The closest candidate whatever the distance (for lists where any hint helps).</summary>
    public static string? FindAny(string name, IEnumerable<string> candidates) =>
        candidates.OrderBy(c => Distance(name, c)).ThenBy(c => c, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>Levenshtein distance, case-insensitive, two rows of memory.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
