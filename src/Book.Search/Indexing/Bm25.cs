namespace Book.Search.Indexing;

/// <summary>
/// lunr's BM25 weighting (lunr.idf and Builder.createFieldVectors), with the same operation order so that
/// the doubles, and therefore the 3-decimal rounded weights, are bit-identical.
/// </summary>
public static class Bm25
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    public static double Idf(int documentsWithTerm, int documentCount)
    {
        var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    public static double Weight(double idf, int tf, int fieldLength, double averageFieldLength, double k1, double b) =>
        idf * ((k1 + 1) * tf) / ((k1 * (1 - b + (b * (fieldLength / averageFieldLength)))) + tf);

    /// <summary><c>Math.round(x * 1000) / 1000</c>: JS Math.round rounds halves towards +∞.</summary>
    public static double RoundTo3(double score)
    {
        var scaled = score * 1000;
        var floor = Math.Floor(scaled);
        var rounded = scaled - floor >= 0.5 ? floor + 1 : floor;
        return rounded / 1000;
    }
}
