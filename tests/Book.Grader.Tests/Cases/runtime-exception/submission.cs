namespace Kernels;

// Reads one element past the end on odd lengths.
public static class VectorAdd
{
    public static void Add(float[] a, float[] b, float[] y)
    {
        for (var i = 0; i < y.Length; i += 2)
        {
            y[i] = a[i] + b[i];
            y[i + 1] = a[i + 1] + b[i + 1];
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
