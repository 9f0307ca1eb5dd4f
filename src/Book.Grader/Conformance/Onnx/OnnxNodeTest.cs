namespace Book.Grader.Conformance.Onnx;

/// <summary>
/// One ONNX backend node test folder (<c>test_*/</c>): the model, and one data set's inputs and
/// expected outputs keyed by graph input/output name.
/// </summary>
public sealed record OnnxNodeTest(
    string Name,
    string Folder,
    OnnxModel Model,
    string DataSet,
    IReadOnlyDictionary<string, OnnxTensor> Inputs,
    IReadOnlyDictionary<string, OnnxTensor> ExpectedOutputs)
{
    /// <summary>The tensor bound to node input <paramref name="index"/>, or null when the input is absent.</summary>
    public OnnxTensor? Input(int index)
    {
        var name = Model.Node.Input(index);
        if (name is null)
        {
            return null;
        }

        return Inputs.TryGetValue(name, out var t) ? t : Model.Initializers.GetValueOrDefault(name);
    }

    /// <summary>The expected tensor of node output <paramref name="index"/>, or null when the test does not check it.</summary>
    public OnnxTensor? Expected(int index)
    {
        var name = Model.Node.Output(index);
        return name is not null && ExpectedOutputs.TryGetValue(name, out var t) ? t : null;
    }
}
