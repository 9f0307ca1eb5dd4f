namespace Book.Search.Indexing;

/// <summary>
/// One entry of lunr's inverted index: the term's <c>_index</c> (its dimension in the field vectors) and,
/// for every field of the index, the documents containing the term in that field with their metadata
/// (null when nothing is whitelisted: serialized as <c>{}</c>).
/// </summary>
public sealed class TermPosting
{
    public TermPosting(int index, int fieldCount)
    {
        Index = index;
        Fields = new PostingList[fieldCount];
        for (var i = 0; i < fieldCount; i++)
        {
            Fields[i] = new PostingList();
        }
    }

    public int Index { get; }

    /// <summary>Per field, in the index's field order: the documents with the term in that field.</summary>
    public PostingList[] Fields { get; }

    /// <summary>lunr.idf counts a document once per field it has the term in.</summary>
    public int DocumentsWithTerm()
    {
        var count = 0;
        foreach (var field in Fields)
        {
            count += field.Count;
        }

        return count;
    }
}
