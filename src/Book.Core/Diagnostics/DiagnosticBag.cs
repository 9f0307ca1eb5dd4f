namespace Book.Core.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage. Thread-safe: stages may report from parallel loops.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_lock)
        {
            _items.AddRange(diagnostics);
        }
    }

    public void Error(string code, string file, int line, int column, string message) =>
        Add(Diagnostic.Error(code, file, line, column, message));

    public void Warning(string code, string file, int line, int column, string message) =>
        Add(Diagnostic.Warning(code, file, line, column, message));

    /// <summary>A stable snapshot, ordered by file, line, column, then code.</summary>
    public IReadOnlyList<Diagnostic> Items
    {
        get
        {
            lock (_lock)
            {
                return _items
                    .OrderBy(d => d.File, StringComparer.Ordinal)
                    .ThenBy(d => d.Line)
                    .ThenBy(d => d.Column)
                    .ThenBy(d => d.Code, StringComparer.Ordinal)
                    .ToList();
            }
        }
    }

    public int ErrorCount => Count(Severity.Error);

    public int WarningCount => Count(Severity.Warning);

    public bool HasErrors => ErrorCount > 0;

    private int Count(Severity severity)
    {
        lock (_lock)
        {
            return _items.Count(d => d.Severity == severity);
        }
    }
}
