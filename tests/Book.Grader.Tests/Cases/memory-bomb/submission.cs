namespace Kernels;

// Allocates without bound: the heap cap turns it into an OutOfMemoryException in the runner.
public static class VectorAdd
{
    public static void Add(float[] a, float[] b, float[] y)
    {
        var hoard = new List<float[]>();
        while (true)
        {
            hoard.Add(new float[1 << 20]);
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
