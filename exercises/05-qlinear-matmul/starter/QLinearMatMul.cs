namespace Kernels;

/// <summary>Your solution. Keep the class name and the method signatures; see README.md.</summary>
public static class QLinearMatMul
{
    public static void QLinearMatMulU8S8(byte[] a, float[] aScale, byte[] aZeroPoint, sbyte[] b, float[] bScale, sbyte[] bZeroPoint, float[] yScale, byte[] yZeroPoint, int m, int k, int n, byte[] y)
    {
        // Your kernel here: read the inputs, fill the output arrays (they arrive zero-filled).
        throw new NotImplementedException();
    }

    public static void QLinearMatMulS8S8(sbyte[] a, float[] aScale, sbyte[] aZeroPoint, sbyte[] b, float[] bScale, sbyte[] bZeroPoint, float[] yScale, sbyte[] yZeroPoint, int m, int k, int n, sbyte[] y)
    {
        // Your kernel here: read the inputs, fill the output arrays (they arrive zero-filled).
        throw new NotImplementedException();
    }
}
