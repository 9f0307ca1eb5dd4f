namespace Book.Grader.Conformance.Onnx;

/// <summary>
/// One <c>onnx.NodeProto</c>. Input and output names keep their positions; an empty name marks an
/// optional input or output that is absent.
/// </summary>
public sealed record OnnxNode(string OpType, string Domain, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs, IReadOnlyDictionary<string, OnnxAttribute> Attributes)
{
    public long Int(string name, long fallback) => Attributes.TryGetValue(name, out var a) ? a.Int : fallback;

    public float Float(string name, float fallback) => Attributes.TryGetValue(name, out var a) ? a.Float : fallback;

    public bool Has(string name) => Attributes.ContainsKey(name);

    /// <summary>The name of input <paramref name="index"/>, or null when absent.</summary>
    public string? Input(int index) => index < Inputs.Count && Inputs[index].Length > 0 ? Inputs[index] : null;

    public string? Output(int index) => index < Outputs.Count && Outputs[index].Length > 0 ? Outputs[index] : null;
}
