namespace Kernels;

public static class VectorAdd
{
    public static void Add(float[] a, float[] b, float[] y)
    {
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = a[i] + b[i]
        }
    }

    public static void AddSaturate(sbyte[] a, sbyte[] b, sbyte[] y)
    {
        y[0] = undefinedName;
    }
}
