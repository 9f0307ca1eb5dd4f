namespace Book.Benchmarks.Kernels;

/// <summary>
/// The operators of the goal, each as an <see cref="OrtCase"/>: MatMulInteger and
/// QLinearMatMul 512×512×512 (u8 × s8, ORT's fast path), Softmax and LayerNormalization over
/// 256 rows of 4096 floats (last axis). Inputs are random with a fixed seed.
/// </summary>
public static class OrtCases
{
    public static IEnumerable<OrtCase> Create(string exercises)
    {
        var rng = new Random(1);
        const int n = 512;
        var a = Bytes(rng, n * n);
        var b = SBytes(rng, n * n);

        var matmul = KernelCode.Load(Path.Combine(exercises, "04-matmul-integer"), "reference");
        var y = new int[n * n];
        var ortY = new int[n * n];
        var model = new OnnxModelWriter("MatMulInteger", 17)
            .Input("A", 2, n, n).Input("B", 3, n, n).Constant("a_zero_point", 2, [128]).Constant("b_zero_point", 3, [0])
            .Output("Y", 6, n, n).ToBytes();
        yield return new OrtCase($"MatMulInteger u8×s8 {n}³", 2.0 * n * n * n, "GOP/s", 0.5,
            matmul.Bind("MatMulU8S8", [a, b, new byte[] { 128 }, new sbyte[] { 0 }, n, n, n, y]),
            new OrtRunner(model).Input(a, n, n).Input(b, n, n).Output(ortY, n, n),
            () => y.AsSpan().SequenceEqual(ortY));

        var qlinear = KernelCode.Load(Path.Combine(exercises, "05-qlinear-matmul"), "reference");
        var qy = new byte[n * n];
        var ortQy = new byte[n * n];
        model = new OnnxModelWriter("QLinearMatMul", 17)
            .Input("a", 2, n, n).Constant("a_scale", 1, BitConverter.GetBytes(0.02f)).Constant("a_zero_point", 2, [128])
            .Input("b", 3, n, n).Constant("b_scale", 1, BitConverter.GetBytes(0.01f)).Constant("b_zero_point", 3, [0])
            .Constant("y_scale", 1, BitConverter.GetBytes(2.5f)).Constant("y_zero_point", 2, [128])
            .Output("y", 2, n, n).ToBytes();
        // No goal in the issue: reported for comparison. ORT requantizes in float with its own
        // rounding, so outputs may differ by one unit.
        yield return new OrtCase($"QLinearMatMul u8×s8→u8 {n}³", 2.0 * n * n * n, "GOP/s", double.NaN,
            qlinear.Bind("QLinearMatMulU8S8", [a, new[] { 0.02f }, new byte[] { 128 }, b, new[] { 0.01f }, new sbyte[] { 0 }, new[] { 2.5f }, new byte[] { 128 }, n, n, n, qy]),
            new OrtRunner(model).Input(a, n, n).Input(b, n, n).Output(ortQy, n, n),
            () => Enumerable.Range(0, qy.Length).All(i => Math.Abs(qy[i] - ortQy[i]) <= 1));

        const int rows = 256, cols = 4096;
        var x = Enumerable.Range(0, rows * cols).Select(_ => (float)(rng.NextDouble() * 16 - 8)).ToArray();
        var softmax = KernelCode.Load(Path.Combine(exercises, "06-softmax"), "reference");
        var sy = new float[x.Length];
        var ortSy = new float[x.Length];
        model = new OnnxModelWriter("Softmax", 17).Input("x", 1, rows, cols).Attribute("axis", -1L).Output("y", 1, rows, cols).ToBytes();
        yield return new OrtCase($"Softmax {rows}×{cols}", (double)rows * cols, "Gelem/s", 0.7,
            softmax.Bind("Forward", [x, cols, 1, sy]),
            new OrtRunner(model).Input(x, rows, cols).Output(ortSy, rows, cols),
            () => Enumerable.Range(0, sy.Length).All(i => Math.Abs(sy[i] - ortSy[i]) <= 1e-6f + 1e-4f * Math.Abs(ortSy[i])));

        var layer = KernelCode.Load(Path.Combine(exercises, "07-layer-normalization"), "reference");
        var scale = Enumerable.Range(0, cols).Select(_ => (float)(rng.NextDouble() + 0.5)).ToArray();
        var bias = Enumerable.Range(0, cols).Select(_ => (float)(rng.NextDouble() - 0.5)).ToArray();
        var ly = new float[x.Length];
        var ortLy = new float[x.Length];
        model = new OnnxModelWriter("LayerNormalization", 17).Input("X", 1, rows, cols).Input("Scale", 1, cols).Input("B", 1, cols)
            .Attribute("axis", -1L).Attribute("epsilon", 1e-5f).Output("Y", 1, rows, cols).ToBytes();
        yield return new OrtCase($"LayerNormalization {rows}×{cols}", (double)rows * cols, "Gelem/s", 0.7,
            layer.Bind("LayerNorm", [x, scale, bias, cols, 1e-5f, ly, new float[rows], new float[rows]]),
            new OrtRunner(model).Input(x, rows, cols).Input(scale, cols).Input(bias, cols).Output(ortLy, rows, cols),
            () => Enumerable.Range(0, ly.Length).All(i => Math.Abs(ly[i] - ortLy[i]) <= 1e-4f + 1e-4f * Math.Abs(ortLy[i])));
    }

    private static byte[] Bytes(Random rng, int n)
    {
        var result = new byte[n];
        rng.NextBytes(result);
        return result;
    }

    private static sbyte[] SBytes(Random rng, int n) => Bytes(rng, n).Select(v => unchecked((sbyte)v)).ToArray();
}
