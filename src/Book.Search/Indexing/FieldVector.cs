namespace Book.Search.Indexing;

/// <summary>
/// A document field's sparse vector: (term index, BM25 weight) pairs sorted by term index, serialized as
/// lunr's flat <c>[index, value, index, value, ...]</c> array.
/// </summary>
public sealed class FieldVector
{
    public FieldVector(int[] indices, double[] values)
    {
        Indices = indices;
        Values = values;
    }

    public int[] Indices { get; }

    public double[] Values { get; }

    public int Count => Indices.Length;
}
