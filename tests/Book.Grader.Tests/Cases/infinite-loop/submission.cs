namespace Kernels;

// Never returns.
public static class VectorAdd
{
    public static void Add(float[] a, float[] b, float[] y)
    {
        var i = 0;
        while (true)
        {
            y[i % y.Length] = a[i % y.Length] + b[i % y.Length];
            i++;
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
