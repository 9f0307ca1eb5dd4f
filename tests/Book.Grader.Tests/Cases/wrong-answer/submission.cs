namespace Kernels;

// Subtracts instead of adding: every Add case fails; AddSaturate is right.
public static class VectorAdd
{
    public static void Add(float[] a, float[] b, float[] y)
    {
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = a[i] - b[i];
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
