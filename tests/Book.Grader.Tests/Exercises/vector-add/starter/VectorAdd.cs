namespace Kernels;

public static class VectorAdd
{
    public static void Add(float[] a, float[] b, float[] y)
    {
        // Your code here: y[i] = a[i] + b[i].
    }

    public static void AddSaturate(sbyte[] a, sbyte[] b, sbyte[] y)
    {
        // Your code here: y[i] = clamp(a[i] + b[i], -128, 127).
    }
}
