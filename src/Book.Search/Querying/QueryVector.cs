using Book.Search.Indexing;

namespace Book.Search.Querying;

/// <summary>
/// A field's query vector (lunr.Vector with upsert-add). Kept sorted by term index because lunr's dot
/// product and magnitude sum in that order, and floating-point sums depend on order.
/// </summary>
internal sealed class QueryVector
{
    private readonly List<int> _indices = [];
    private readonly List<double> _values = [];
    private double _magnitude = double.NaN;

    public void UpsertAdd(int index, double value)
    {
        _magnitude = double.NaN;
        var at = _indices.BinarySearch(index);
        if (at >= 0)
        {
            _values[at] += value;
            return;
        }

        _indices.Insert(~at, index);
        _values.Insert(~at, value);
    }

    /// <summary><c>this.dot(other) / this.magnitude() || 0</c>: NaN (an empty query vector) becomes 0.</summary>
    public double Similarity(FieldVector other)
    {
        var score = Dot(other) / Magnitude();
        return double.IsNaN(score) ? 0 : score;
    }

    private double Dot(FieldVector other)
    {
        double dot = 0;
        int i = 0, j = 0;
        while (i < _indices.Count && j < other.Count)
        {
            var a = _indices[i];
            var b = other.Indices[j];
            if (a < b)
            {
                i++;
            }
            else if (a > b)
            {
                j++;
            }
            else
            {
                dot += _values[i] * other.Values[j];
                i++;
                j++;
            }
        }

        return dot;
    }

    private double Magnitude()
    {
        if (double.IsNaN(_magnitude))
        {
            double sum = 0;
            foreach (var value in _values)
            {
                sum += value * value;
            }

            _magnitude = Math.Sqrt(sum);
        }

        return _magnitude;
    }
}
