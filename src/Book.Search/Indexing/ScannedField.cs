namespace Book.Search.Indexing;

/// <summary>One scanned field: its length in terms, and per distinct term (local ids of <see cref="Scanner"/>, first-occurrence order) the count.</summary>
internal sealed record ScannedField(FieldScanner Scanner, int Length, int[] Terms, int[] Counts);
