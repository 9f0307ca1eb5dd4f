using System.Numerics;

namespace Kernels;

// Vectorized but forgets the tail (lengths not a multiple of the vector width), and wraps
// around instead of saturating.
public static class VectorAdd
{
    public static void Add(float[] a, float[] b, float[] y)
    {
        for (var i = 0; i <= y.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            (new Vector<float>(a, i) + new Vector<float>(b, i)).CopyTo(y, i);
        }
    }

    public static void AddSaturate(sbyte[] a, sbyte[] b, sbyte[] y)
    {
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = (sbyte)(a[i] + b[i]);
        }
    }
}
