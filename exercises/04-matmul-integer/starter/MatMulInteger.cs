namespace Kernels;

/// <summary>Your solution. Keep the class name and the method signatures; see README.md.</summary>
public static class MatMulInteger
{
    public static void MatMulU8S8(byte[] a, sbyte[] b, byte[] aZeroPoint, sbyte[] bZeroPoint, int m, int k, int n, int[] y)
    {
        // Your kernel here: read the inputs, fill the output arrays (they arrive zero-filled).
        throw new NotImplementedException();
    }

    public static void MatMulU8U8(byte[] a, byte[] b, byte[] aZeroPoint, byte[] bZeroPoint, int m, int k, int n, int[] y)
    {
        // Your kernel here: read the inputs, fill the output arrays (they arrive zero-filled).
        throw new NotImplementedException();
    }
}
