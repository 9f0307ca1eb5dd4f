using System.Reflection;
using System.Runtime.InteropServices;

namespace Book.Grader.Runner.Execution;

/// <summary>
/// Copies of the benchmark's arrays whose first element is 64-byte (cache-line) aligned, on the pinned
/// heap (never moved). The GC aligns arrays to 8 bytes only, so where an output array happened to
/// start decided whether every vector store split two cache lines: the same reference measured 7.5x
/// or 26x with nothing changed but the grader's own allocations. Both sides get aligned arrays.
/// </summary>
public static class ArrayPlacement
{
    public const int Alignment = 64;

    private const int Attempts = 16;
    private static readonly MethodInfo _place = typeof(ArrayPlacement).GetMethod(nameof(PlaceTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    // Fillers stay referenced so the pinned heap does not reuse their space for a later array.
    private static readonly List<byte[]> _fillers = [];

    /// <summary>A copy of the argument: arrays aligned, other values as they are.</summary>
    public static object Place(object argument) =>
        argument is Array array
            ? _place.MakeGenericMethod(array.GetType().GetElementType()!).Invoke(null, [array])!
            : argument;

    /// <summary>The address of an array's first element, modulo <see cref="Alignment"/>.</summary>
    public static int Misalignment(Array array)
    {
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            return (int)(handle.AddrOfPinnedObject().ToInt64() % Alignment);
        }
        finally
        {
            handle.Free();
        }
    }

    private static T[] PlaceTyped<T>(T[] source)
        where T : unmanaged
    {
        var array = GC.AllocateUninitializedArray<T>(source.Length, pinned: true);
        var bias = 0L;
        for (var attempt = 1; attempt < Attempts; attempt++)
        {
            var at = Misalignment(array);
            if (at == 0)
            {
                break;
            }

            // The next allocation follows on the pinned heap, 8-byte aligned, its first element 24
            // bytes in (an empty byte[] takes 24): a filler of the right size aligns it. A miss after a
            // filler means the heap's padding differs from this model by a constant: learn it.
            bias += attempt == 1 ? 0 : -at;
            var next = (at + (long)source.Length * Marshal.SizeOf<T>() + 7) / 8 * 8;
            var filler = (int)(((-24 - next + bias) % Alignment + Alignment) % Alignment);
            filler += filler < 24 ? Alignment : 0;
            lock (_fillers)
            {
                _fillers.Add(GC.AllocateUninitializedArray<byte>(filler - 24, pinned: true));
            }

            array = GC.AllocateUninitializedArray<T>(source.Length, pinned: true);
        }

        source.AsSpan().CopyTo(array);
        return array;
    }
}
