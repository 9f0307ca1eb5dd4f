namespace Book.Core.Exercises;

/// <summary>
/// Float comparison: a value passes when <c>|got - expected| &lt;= Abs + Rel * |expected|</c> or when the
/// two are at most <see cref="Ulps"/> units in the last place apart. Integers are always exact.
/// </summary>
public sealed record Tolerance(double Abs, double Rel, long Ulps)
{
    public static Tolerance Exact { get; } = new(0, 0, 0);
}
