namespace Book.Grader.Conformance.Onnx;

/// <summary>
/// The parts of a one-node ONNX model a node test needs: the node, the graph's input and output
/// names (test data files follow their order), initializers, and the default-domain opset.
/// </summary>
public sealed record OnnxModel(
    OnnxNode Node,
    IReadOnlyList<string> GraphInputs,
    IReadOnlyList<string> GraphOutputs,
    IReadOnlyDictionary<string, OnnxTensor> Initializers,
    long OpsetVersion);
