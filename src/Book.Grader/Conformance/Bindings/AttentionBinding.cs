using Book.Grader.Conformance.Onnx;

namespace Book.Grader.Conformance.Bindings;

/// <summary>
/// Attention (4-D inputs, float32) → <c>Attend(q, k, v, pastKey, pastValue, mask, batch, qHeads,
/// kvHeads, qLen, kvLen, pastLen, headSize, vHeadSize, scale, softcap, causal, y, presentKey, presentValue)</c>.
/// The mask is handed over as a full additive [batch, qHeads, qLen, total] tensor: ONNX allows any
/// broadcastable shape, a shorter last dimension (padded with -inf) and booleans (true = attend).
/// </summary>
public sealed class AttentionBinding : IOperatorBinding
{
    public string OpType => "Attention";

    public string ExerciseOperator => "Attention";

    public Binding Bind(OnnxNodeTest test)
    {
        var node = test.Model.Node;
        var q = test.Input(0)!;
        var k = test.Input(1)!;
        var v = test.Input(2)!;
        var mask = test.Input(3);
        var pastKey = test.Input(4);
        var pastValue = test.Input(5);
        var reason = Shapes.Unsupported(q, "Q", OnnxElementType.Float)
            ?? Shapes.Unsupported(k, "K", OnnxElementType.Float)
            ?? Shapes.Unsupported(v, "V", OnnxElementType.Float)
            ?? Shapes.Unsupported(mask, "attn_mask", OnnxElementType.Float, OnnxElementType.Bool)
            ?? Shapes.Unsupported(pastKey, "past_key", OnnxElementType.Float)
            ?? Shapes.Unsupported(pastValue, "past_value", OnnxElementType.Float);
        if (reason is not null)
        {
            return Binding.Skip(reason);
        }

        if (q.Dims.Length != 4)
        {
            return Binding.Skip($"3-D inputs (Q{q.ShapeText}): the exercise takes 4-D [batch, heads, seq, head_size]");
        }

        if (test.Input(6) is not null)
        {
            return Binding.Skip("input nonpad_kv_seqlen (external cache with padding) is not part of the exercise");
        }

        if (test.Expected(3) is not null)
        {
            return Binding.Skip($"output qk_matmul_output (mode {node.Int("qk_matmul_output_mode", 0)}) is not produced by the kernel");
        }

        if (node.Has("softmax_precision") && node.Int("softmax_precision", 1) != (long)OnnxElementType.Float)
        {
            return Binding.Skip($"softmax_precision={node.Int("softmax_precision", 1)}: the exercise computes in float32");
        }

        int batch = (int)q.Dims[0], qHeads = (int)q.Dims[1], qLen = (int)q.Dims[2], headSize = (int)q.Dims[3];
        int kvHeads = (int)k.Dims[1], kvLen = (int)k.Dims[2], vHeadSize = (int)v.Dims[3];
        var pastLen = pastKey is null ? 0 : (int)pastKey.Dims[2];
        var total = pastLen + kvLen;
        var scale = node.Has("scale") ? node.Float("scale", 0) : 1f / MathF.Sqrt(headSize);
        var fullMask = mask is null ? [] : FullMask(mask, [batch, qHeads, qLen, total]);
        var y = new float[batch * qHeads * qLen * vHeadSize];
        var presentKey = new float[batch * kvHeads * total * headSize];
        var presentValue = new float[batch * kvHeads * total * vHeadSize];
        var outputs = new List<CheckedOutput> { new("Y", 17, test.Expected(0)!.Values!) };
        if (test.Expected(1) is { } pk)
        {
            outputs.Add(new CheckedOutput("present_key", 18, pk.Values!));
        }

        if (test.Expected(2) is { } pv)
        {
            outputs.Add(new CheckedOutput("present_value", 19, pv.Values!));
        }

        return Binding.Run(new KernelCall("Attend",
            [q.Values!, k.Values!, v.Values!, pastKey?.Values ?? Array.Empty<float>(), pastValue?.Values ?? Array.Empty<float>(), fullMask,
             batch, qHeads, kvHeads, qLen, kvLen, pastLen, headSize, vHeadSize, scale, node.Float("softcap", 0), node.Int("is_causal", 0) != 0,
             y, presentKey, presentValue], outputs));
    }

    private static float[] FullMask(OnnxTensor mask, long[] shape)
    {
        var values = mask.Values is bool[] flags
            ? flags.Select(f => f ? 0f : float.NegativeInfinity).ToArray()
            : (float[])mask.Values!;
        var dims = (long[])mask.Dims.Clone();
        var total = shape[^1];
        if (dims[^1] < total)
        {
            // ONNX: a shorter last dimension is padded to the total sequence length with -inf.
            var rows = values.Length / (int)dims[^1];
            var padded = new float[rows * total];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < total; c++)
                {
                    padded[r * total + c] = c < dims[^1] ? values[r * (int)dims[^1] + c] : float.NegativeInfinity;
                }
            }

            values = padded;
            dims[^1] = total;
        }

        return Shapes.BroadcastFloats(values, dims, shape);
    }
}
