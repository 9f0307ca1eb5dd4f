using System.Globalization;
using Book.Core.Exercises;

namespace Book.Grader.Checking;

/// <summary>
/// Compares outputs from the runner with the reference's, in the trusted process. Integers must be
/// exact. Floats pass when both are NaN, when equal (so infinities must match exactly), when
/// <c>|got - expected| &lt;= abs + rel * |expected|</c>, or when they are at most <c>ulps</c> apart.
/// </summary>
public static class CompareOutputs
{
    public const int MaxShown = 5;

    public static OutputCheck Compare(IReadOnlyList<string> names, object[] expected, object[] got, Tolerance tolerance)
    {
        if (got.Length != expected.Length)
        {
            return new OutputCheck([], 0, $"expected {expected.Length} outputs, got {got.Length}");
        }

        var first = new List<Mismatch>();
        long wrong = 0;
        for (var o = 0; o < expected.Length; o++)
        {
            var name = o < names.Count ? names[o] : $"output {o}";
            if (expected[o] is not Array e || got[o] is not Array g || e.GetType() != g.GetType())
            {
                return new OutputCheck([], 0, $"output '{name}' came back as {got[o]?.GetType().Name ?? "nothing"}; expected {expected[o].GetType().Name}");
            }

            if (e.Length != g.Length)
            {
                return new OutputCheck([], 0, $"output '{name}' has {g.Length} elements; expected {e.Length}");
            }

            // By exact type: `is sbyte[]` would also match a byte[] and show unsigned values as signed.
            var type = e.GetType();
            wrong += type == typeof(float[]) ? Each(name, (float[])e, (float[])g, first, (x, y) => FloatOk(x, y, tolerance))
                : type == typeof(double[]) ? Each(name, (double[])e, (double[])g, first, (x, y) => DoubleOk(x, y, tolerance))
                : type == typeof(Half[]) ? Each(name, (Half[])e, (Half[])g, first, (x, y) => HalfOk(x, y, tolerance))
                : type == typeof(sbyte[]) ? Each(name, (sbyte[])e, (sbyte[])g, first, (x, y) => x == y)
                : type == typeof(byte[]) ? Each(name, (byte[])e, (byte[])g, first, (x, y) => x == y)
                : type == typeof(short[]) ? Each(name, (short[])e, (short[])g, first, (x, y) => x == y)
                : type == typeof(ushort[]) ? Each(name, (ushort[])e, (ushort[])g, first, (x, y) => x == y)
                : type == typeof(int[]) ? Each(name, (int[])e, (int[])g, first, (x, y) => x == y)
                : type == typeof(uint[]) ? Each(name, (uint[])e, (uint[])g, first, (x, y) => x == y)
                : type == typeof(long[]) ? Each(name, (long[])e, (long[])g, first, (x, y) => x == y)
                : throw new ArgumentException($"unsupported output type {type.Name}");
        }

        return new OutputCheck(first, wrong, null);
    }

    private static long Each<T>(string name, T[] expected, T[] got, List<Mismatch> first, Func<T, T, bool> ok)
        where T : IFormattable
    {
        long wrong = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            if (!ok(expected[i], got[i]))
            {
                wrong++;
                if (first.Count < MaxShown)
                {
                    first.Add(new Mismatch(name, i, Show(expected[i]), Show(got[i])));
                }
            }
        }

        return wrong;
    }

    private static string Show<T>(T value)
        where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

    private static bool FloatOk(float e, float g, Tolerance t)
    {
        if (float.IsNaN(e) || float.IsNaN(g))
        {
            return float.IsNaN(e) && float.IsNaN(g);
        }

        if (e == g)
        {
            return true;
        }

        if (float.IsInfinity(e) || float.IsInfinity(g))
        {
            return false;
        }

        return Math.Abs((double)g - e) <= t.Abs + t.Rel * Math.Abs((double)e) || UlpDistance(Ordered(e), Ordered(g)) <= t.Ulps;
    }

    private static bool DoubleOk(double e, double g, Tolerance t)
    {
        if (double.IsNaN(e) || double.IsNaN(g))
        {
            return double.IsNaN(e) && double.IsNaN(g);
        }

        if (e == g)
        {
            return true;
        }

        if (double.IsInfinity(e) || double.IsInfinity(g))
        {
            return false;
        }

        return Math.Abs(g - e) <= t.Abs + t.Rel * Math.Abs(e) || UlpDistance(Ordered(e), Ordered(g)) <= t.Ulps;
    }

    private static bool HalfOk(Half e, Half g, Tolerance t)
    {
        if (Half.IsNaN(e) || Half.IsNaN(g))
        {
            return Half.IsNaN(e) && Half.IsNaN(g);
        }

        if (e == g)
        {
            return true;
        }

        if (Half.IsInfinity(e) || Half.IsInfinity(g))
        {
            return false;
        }

        var ef = (double)e;
        var gf = (double)g;
        return Math.Abs(gf - ef) <= t.Abs + t.Rel * Math.Abs(ef) || UlpDistance(Ordered(e), Ordered(g)) <= t.Ulps;
    }

    // Maps the bit patterns to integers that are ordered like the values, so ULPs are a difference.
    private static long Ordered(float value)
    {
        var bits = BitConverter.SingleToInt32Bits(value);
        return bits < 0 ? int.MinValue - (long)bits : bits;
    }

    private static long Ordered(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        return bits < 0 ? long.MinValue - bits : bits;
    }

    private static long Ordered(Half value)
    {
        var bits = (short)BitConverter.HalfToInt16Bits(value);
        return bits < 0 ? short.MinValue - (long)bits : bits;
    }

    private static long UlpDistance(long a, long b)
    {
        var d = (Int128)a - b;
        return d > long.MaxValue || d < -long.MaxValue ? long.MaxValue : (long)Int128.Abs(d);
    }
}
