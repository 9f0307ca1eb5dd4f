namespace Kernels;

/// <summary>Your solution. Keep the class name and the method signatures; see README.md.</summary>
public static class DequantizeLinear
{
    public static void DequantizeInt8(sbyte[] x, float[] scale, sbyte[] zeroPoint, int axisSize, int innerSize, float[] y)
    {
        // Your kernel here: read the inputs, fill the output arrays (they arrive zero-filled).
        throw new NotImplementedException();
    }

    public static void DequantizeUInt8(byte[] x, float[] scale, byte[] zeroPoint, int axisSize, int innerSize, float[] y)
    {
        // Your kernel here: read the inputs, fill the output arrays (they arrive zero-filled).
        throw new NotImplementedException();
    }

    public static void DequantizeInt32(int[] x, float[] scale, int[] zeroPoint, int axisSize, int innerSize, float[] y)
    {
        // Your kernel here: read the inputs, fill the output arrays (they arrive zero-filled).
        throw new NotImplementedException();
    }
}
