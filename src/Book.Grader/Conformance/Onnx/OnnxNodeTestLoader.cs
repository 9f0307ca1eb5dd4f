namespace Book.Grader.Conformance.Onnx;

/// <summary>
/// Loads node test folders: <c>model.onnx</c> plus every <c>test_data_set_N/</c> (each data set
/// becomes one <see cref="OnnxNodeTest"/>). Input and output files follow the graph's order.
/// </summary>
public static class OnnxNodeTestLoader
{
    /// <summary>Every test folder directly under <paramref name="root"/> (or the root itself when it is one).</summary>
    public static IReadOnlyList<string> FindTestFolders(string root)
    {
        if (File.Exists(Path.Combine(root, "model.onnx")))
        {
            return [root];
        }

        return Directory.EnumerateDirectories(root)
            .Where(d => File.Exists(Path.Combine(d, "model.onnx")))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<OnnxNodeTest> Load(string folder)
    {
        var model = ModelProtoReader.Read(File.ReadAllBytes(Path.Combine(folder, "model.onnx")));
        var runtimeInputs = model.GraphInputs.Where(n => !model.Initializers.ContainsKey(n)).ToList();
        var tests = new List<OnnxNodeTest>();
        foreach (var dataSet in Directory.EnumerateDirectories(folder, "test_data_set_*").Order(StringComparer.Ordinal))
        {
            var inputs = ReadNumbered(dataSet, "input", runtimeInputs);
            var outputs = ReadNumbered(dataSet, "output", model.GraphOutputs);
            tests.Add(new OnnxNodeTest(Path.GetFileName(folder), folder, model, Path.GetFileName(dataSet), inputs, outputs));
        }

        return tests;
    }

    private static Dictionary<string, OnnxTensor> ReadNumbered(string dataSet, string prefix, IReadOnlyList<string> names)
    {
        var result = new Dictionary<string, OnnxTensor>(StringComparer.Ordinal);
        for (var i = 0; ; i++)
        {
            var path = Path.Combine(dataSet, $"{prefix}_{i}.pb");
            if (!File.Exists(path))
            {
                break;
            }

            var tensor = TensorProtoReader.Read(File.ReadAllBytes(path));
            // Files follow the graph's order; the tensor's own name is a fallback for unnamed graphs.
            var name = i < names.Count ? names[i] : tensor.Name;
            result[name] = tensor;
        }

        return result;
    }
}
