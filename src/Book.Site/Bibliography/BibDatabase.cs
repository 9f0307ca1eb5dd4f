namespace Book.Site.Bibliography;

/// <summary>
/// A set of BibTeX entries, looked up by key (case-insensitively, as BibTeX does). Also decides the
/// year labels of the author–year style: entries whose citation would read the same ("Han et al. 2016")
/// get "2016a", "2016b" in title order.
/// </summary>
/// <remarks>
/// Named BibDatabase (not Bibliography) so the type never collides with its namespace.
/// </remarks>
public sealed class BibDatabase
{
    private readonly Dictionary<string, BibEntry> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<BibEntry> _entries = [];
    private BibDatabase? _labelScope;
    private Dictionary<BibEntry, string>? _yearLabels;

    public BibDatabase(IEnumerable<BibEntry> entries, IEnumerable<string> sourceFiles)
    {
        foreach (var entry in entries)
        {
            if (_byKey.TryAdd(entry.Key, entry))
            {
                _entries.Add(entry);
            }
        }

        SourceFiles = sourceFiles.Distinct(StringComparer.Ordinal).ToList();
    }

    public static BibDatabase Empty { get; } = new([], []);

    /// <summary>Entries in file order.</summary>
    public IReadOnlyList<BibEntry> Entries => _entries;

    /// <summary>The files the entries came from, for diagnostics ("not in references.bib, ch3.bib").</summary>
    public IReadOnlyList<string> SourceFiles { get; }

    public int Count => _entries.Count;

    /// <summary>
    /// Unites databases. When a key occurs in several, the earliest database wins: pass a chapter's own
    /// files before the site-wide ones if chapter entries should override. Keys shared between files are
    /// normal (chapters cite the same papers) and not reported.
    /// </summary>
    public static BibDatabase Merge(params IEnumerable<BibDatabase> databases)
    {
        var list = databases.ToList();
        return new BibDatabase(list.SelectMany(d => d.Entries), list.SelectMany(d => d.SourceFiles));
    }

    public bool TryGet(string key, out BibEntry entry)
    {
        if (_byKey.TryGetValue(key, out var found))
        {
            entry = found;
            return true;
        }

        entry = null!;
        return false;
    }

    /// <summary>
    /// A view of this database whose year labels (2017a/2017b) are decided over <paramref name="scope"/>,
    /// typically the union of every .bib file of the site, so a chapter and the references page agree.
    /// </summary>
    public BibDatabase WithLabelsFrom(BibDatabase scope) =>
        new(_entries, SourceFiles) { _labelScope = scope };

    /// <summary>"2017", or "2017a" when another entry would otherwise cite identically.</summary>
    public string YearLabel(BibEntry entry)
    {
        if (_labelScope is not null && _labelScope.TryGet(entry.Key, out var scoped))
        {
            return _labelScope.YearLabel(scoped);
        }

        _yearLabels ??= ComputeYearLabels();
        return _yearLabels.TryGetValue(entry, out var label) ? label : entry.Year;
    }

    private Dictionary<BibEntry, string> ComputeYearLabels()
    {
        var labels = new Dictionary<BibEntry, string>(ReferenceEqualityComparer.Instance);
        var groups = _entries.GroupBy(e => (AuthorDateStyle.CitationAuthors(e), e.Year));
        foreach (var group in groups)
        {
            var members = group
                .OrderBy(e => e.Field("title"), StringComparer.OrdinalIgnoreCase)
                .ThenBy(e => e.Key, StringComparer.Ordinal)
                .ToList();
            for (var i = 0; i < members.Count; i++)
            {
                labels[members[i]] = members.Count == 1 ? members[i].Year : members[i].Year + Suffix(i);
            }
        }

        return labels;
    }

    private static string Suffix(int index) =>
        index < 26 ? ((char)('a' + index)).ToString() : Suffix((index / 26) - 1) + (char)('a' + (index % 26));
}
