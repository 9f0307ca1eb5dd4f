using Book.Search.Js;

namespace Book.Search.Indexing;

/// <summary>
/// The documents that contain one term in one field (lunr's <c>invertedIndex[term][field]</c>), with each
/// one's whitelisted metadata. Read in JavaScript key order (<see cref="RefAt"/>, <see cref="MetadataAt"/>):
/// refs that are array indexes ("7") first and ascending, then the others in insertion order. A list, not
/// a map: the builder appends each document once, in order, and only needs the last one back.
/// </summary>
public sealed class PostingList
{
    private string[] _refs = [];
    private int[] _docIds = [];
    private int _count;
    private List<DocumentMetadata?>? _metadata;
    private int _arrayIndexRefs;
    private int[]? _jsOrder;

    public int Count => _count;

    /// <summary>The <paramref name="i"/>-th document ref in JavaScript key order.</summary>
    public string RefAt(int i) => _refs[At(i)];

    /// <summary>
    /// The builder's id of the <paramref name="i"/>-th document in JavaScript key order (an index into
    /// <see cref="LunrIndex.DocumentRefs"/>), or -1 when the list was filled without ids (a loaded index).
    /// </summary>
    internal int DocIdAt(int i) => _docIds[At(i)];

    /// <summary>The metadata of the <paramref name="i"/>-th document in JavaScript key order (null: none recorded).</summary>
    public DocumentMetadata? MetadataAt(int i) => _metadata?[At(i)];

    /// <summary>Appends a document that is not in the list yet.</summary>
    public void Add(string docRef, DocumentMetadata? metadata = null) => Add(docRef, -1, metadata);

    /// <summary>Appends a document that is not in the list yet, with the builder's id for it.</summary>
    internal void Add(string docRef, int docId, DocumentMetadata? metadata = null)
    {
        if (metadata is not null && _metadata is null)
        {
            _metadata = new List<DocumentMetadata?>(_count + 1);
            for (var i = 0; i < _count; i++)
            {
                _metadata.Add(null);
            }
        }

        if (_count == _refs.Length)
        {
            Array.Resize(ref _refs, Math.Max(2, _count * 2));
            Array.Resize(ref _docIds, _refs.Length);
        }

        _docIds[_count] = docId;
        _refs[_count++] = docRef;
        _metadata?.Add(metadata);
        if (JsKeyOrder.IsArrayIndex(docRef))
        {
            _arrayIndexRefs++;
            _jsOrder = null;
        }
    }

    /// <summary>Replaces the metadata at insertion position <paramref name="position"/>, keeping the document's place.</summary>
    public void Replace(int position, DocumentMetadata? metadata)
    {
        if (metadata is not null || _metadata is not null)
        {
            MetadataForUpdate(position);
            _metadata![position] = metadata;
        }
    }

    /// <summary>
    /// The position (in insertion order) of <paramref name="docRef"/>, or -1. The document being added is
    /// the last one, so that is looked at first; a scan only happens when a ref is added twice.
    /// </summary>
    public int Find(string docRef)
    {
        var last = _count - 1;
        if (last >= 0 && string.Equals(_refs[last], docRef, StringComparison.Ordinal))
        {
            return last;
        }

        for (var i = last - 1; i >= 0; i--)
        {
            if (string.Equals(_refs[i], docRef, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The metadata at insertion position <paramref name="position"/> (from <see cref="Find"/>), created when absent.</summary>
    public DocumentMetadata MetadataForUpdate(int position)
    {
        if (_metadata is null)
        {
            _metadata = new List<DocumentMetadata?>(_count);
            for (var i = 0; i < _count; i++)
            {
                _metadata.Add(null);
            }
        }

        return _metadata[position] ??= new DocumentMetadata();
    }

    private int At(int i)
    {
        if (_arrayIndexRefs == 0)
        {
            return i;
        }

        _jsOrder ??= JsOrder();
        return _jsOrder[i];
    }

    private int[] JsOrder()
    {
        var indexes = Enumerable.Range(0, _count).Where(i => JsKeyOrder.IsArrayIndex(_refs[i])).OrderBy(i => JsKeyOrder.IndexValue(_refs[i]));
        var others = Enumerable.Range(0, _count).Where(i => !JsKeyOrder.IsArrayIndex(_refs[i]));
        return [.. indexes, .. others];
    }
}
