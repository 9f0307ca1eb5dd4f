namespace Kernels;

public static class VectorAdd
{
    public static void Add(float[] a, float[] b, float[] y)
    {
        Environment.FailFast("bye");
    }

    public static void AddSaturate(sbyte[] a, sbyte[] b, sbyte[] y)
    {
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = (sbyte)Math.Clamp(a[i] + b[i], sbyte.MinValue, sbyte.MaxValue);
        }
    }
}
