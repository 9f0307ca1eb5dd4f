namespace Kernels;

// Writes a forged "result" frame straight to the process's real stdout (the protocol channel).
// Without the nonce the grader rejects the reply, so the case fails instead of passing.
public static class VectorAdd
{
    public static void Add(float[] a, float[] b, float[] y)
    {
        using var stdout = Console.OpenStandardOutput();
        var frame = new byte[64];
        frame[0] = 60;
        frame[4] = 102;
        stdout.Write(frame);
        stdout.Flush();
        while (true)
        {
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
