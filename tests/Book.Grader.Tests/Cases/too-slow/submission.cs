namespace Kernels;

// Correct, but does the work fifty times over: full test points, no speed points.
public static class VectorAdd
{
    public static void Add(float[] a, float[] b, float[] y)
    {
        for (var repeat = 0; repeat < 50; repeat++)
        {
            for (var i = 0; i < y.Length; i++)
            {
                y[i] = a[i] + b[i] + repeat * 0f;
            }
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
