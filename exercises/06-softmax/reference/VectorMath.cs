using System.Runtime.Intrinsics;

namespace Kernels;

/// <summary>
/// A vectorised exp for float32 arguments ≤ 0 (softmax only ever needs e^(x − max)): range
/// reduction x = n·ln2 + r with |r| ≤ ln2/2 (ln2 split in two constants so n·ln2 is exact), a
/// degree-7 polynomial for e^r (Cephes expf's coefficients, about 1 ulp), and 2^n built in the
/// exponent bits. n is rounded with the 1.5·2²³ trick: adding it leaves n in the low mantissa bits,
/// so one add gives both the rounded float n and, shifted into the exponent field, 2^n — cheaper
/// than a round and a (saturating) float-to-int conversion. Arguments below −87.3 give the smallest
/// normal float instead of a denormal or 0, which softmax tolerates because they are added to at
/// least 1. NaN arguments are not handled (the softmax has already filled NaN rows).
/// </summary>
internal static class VectorMath
{
    public static Vector256<float> Exp(Vector256<float> x)
    {
        x = Vector256.MaxNative(Vector256.Create(-87.33654f), x);
        var t = Vector256.MultiplyAddEstimate(x, Vector256.Create(1.44269504f), Vector256.Create(12582912f));
        var n = t - Vector256.Create(12582912f);
        var r = Vector256.MultiplyAddEstimate(n, Vector256.Create(-0.693359375f), x);
        r = Vector256.MultiplyAddEstimate(n, Vector256.Create(2.12194440e-4f), r);
        var p = Vector256.Create(1.9875691500e-4f);
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(1.3981999507e-3f));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(8.3334519073e-3f));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(4.1665795894e-2f));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(1.6666665459e-1f));
        p = Vector256.MultiplyAddEstimate(p, r, Vector256.Create(5.0000001201e-1f));
        var e = Vector256.MultiplyAddEstimate(p, r * r, r + Vector256<float>.One);
        var pow2 = (Vector256.ShiftLeft(t.AsInt32(), 23) + Vector256.Create(127 << 23)).AsSingle();
        return e * pow2;
    }

    /// <summary>The same for 16 lanes, used where 512-bit vectors are hardware-accelerated.</summary>
    public static Vector512<float> Exp(Vector512<float> x)
    {
        x = Vector512.MaxNative(Vector512.Create(-87.33654f), x);
        var t = Vector512.MultiplyAddEstimate(x, Vector512.Create(1.44269504f), Vector512.Create(12582912f));
        var n = t - Vector512.Create(12582912f);
        var r = Vector512.MultiplyAddEstimate(n, Vector512.Create(-0.693359375f), x);
        r = Vector512.MultiplyAddEstimate(n, Vector512.Create(2.12194440e-4f), r);
        var p = Vector512.Create(1.9875691500e-4f);
        p = Vector512.MultiplyAddEstimate(p, r, Vector512.Create(1.3981999507e-3f));
        p = Vector512.MultiplyAddEstimate(p, r, Vector512.Create(8.3334519073e-3f));
        p = Vector512.MultiplyAddEstimate(p, r, Vector512.Create(4.1665795894e-2f));
        p = Vector512.MultiplyAddEstimate(p, r, Vector512.Create(1.6666665459e-1f));
        p = Vector512.MultiplyAddEstimate(p, r, Vector512.Create(5.0000001201e-1f));
        var e = Vector512.MultiplyAddEstimate(p, r * r, r + Vector512<float>.One);
        var pow2 = (Vector512.ShiftLeft(t.AsInt32(), 23) + Vector512.Create(127 << 23)).AsSingle();
        return e * pow2;
    }

}
