using Book.Grader.Conformance.Bindings;

namespace Book.Grader.Conformance;

/// <summary>Every ONNX operator the exercises implement, one line each.</summary>
public static class OperatorBindings
{
    public static IReadOnlyDictionary<string, IOperatorBinding> All { get; } = new IOperatorBinding[]
    {
        new QuantizeLinearBinding(),
        new DequantizeLinearBinding(),
        new DynamicQuantizeLinearBinding(),
        new MatMulIntegerBinding(),
        new QLinearMatMulBinding(),
        new SoftmaxBinding(),
        new LayerNormalizationBinding(),
        new RmsNormalizationBinding(),
        new AttentionBinding(),
    }.ToDictionary(b => b.OpType, StringComparer.Ordinal);
}
