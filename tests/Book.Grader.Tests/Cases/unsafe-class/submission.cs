using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kernels;

// Out-of-bounds access without the unsafe keyword, through Unsafe and MemoryMarshal.
public static class VectorAdd
{
    public static void Add(float[] a, float[] b, float[] y)
    {
        ref var start = ref MemoryMarshal.GetArrayDataReference(y);
        for (var i = 0; i < y.Length; i++)
        {
            Unsafe.Add(ref start, i) = a[i] + b[i];
        }

        Unsafe.Add(ref start, -100000) = 1;
    }

    public static void AddSaturate(sbyte[] a, sbyte[] b, sbyte[] y)
    {
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = (sbyte)Math.Clamp(a[i] + b[i], sbyte.MinValue, sbyte.MaxValue);
        }
    }
}
