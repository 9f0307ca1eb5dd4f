using System.Runtime.Intrinsics;

namespace Kernels;

/// <summary>
/// A vectorised exp for float32: range reduction x = n·ln2 + r with |r| ≤ ln2/2 (ln2 split in two
/// constants so n·ln2 is exact), a degree-6 polynomial for e^r, and 2^n built in the exponent bits.
/// Relative error about 2 ulp over the clamped range; inputs below −87.3 give the smallest normal
/// float instead of a denormal or 0, which softmax tolerates because they are added to at least 1.
/// </summary>
internal static class VectorMath
{
    public static Vector256<float> Exp(Vector256<float> x)
    {
        x = Vector256.Min(Vector256.Max(x, Vector256.Create(-87.33654f)), Vector256.Create(88.72284f));
        var n = Vector256.Round(x * Vector256.Create(1.44269504f));
        var r = Vector256.MultiplyAddEstimate(n, Vector256.Create(-0.693359375f), x);
        r = Vector256.MultiplyAddEstimate(n, Vector256.Create(2.12194440e-4f), r);
        var p = Vector256.Create(1.9875691500e-4f);
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(1.3981999507e-3f));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(8.3334519073e-3f));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(4.1665795894e-2f));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(1.6666665459e-1f));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(5.0000001201e-1f));
        var e = Vector256.MultiplyAddEstimate(p, r * r, r + Vector256<float>.One);
        var pow2 = Vector256.ShiftLeft(Vector256.ConvertToInt32(n) + Vector256.Create(127), 23).AsSingle();
        return e * pow2;
    }

    /// <summary>Lanes that are NaN.</summary>
    public static Vector256<float> IsNaN(Vector256<float> v) => ~Vector256.Equals(v, v);
}
