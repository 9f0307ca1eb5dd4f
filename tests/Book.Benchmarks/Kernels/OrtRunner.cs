using Microsoft.ML.OnnxRuntime;

namespace Book.Benchmarks.Kernels;

/// <summary>
/// An ONNX Runtime session on one CPU thread, bound once to managed input and output arrays
/// (pinned views, no copies), so a timed run is the session's Run and nothing else.
/// </summary>
public sealed class OrtRunner : IDisposable
{
    private readonly SessionOptions _options;
    private readonly InferenceSession _session;
    private readonly RunOptions _run = new();
    private readonly List<OrtValue> _inputs = [];
    private OrtValue? _output;

    public OrtRunner(byte[] model)
    {
        _options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        // No spin-waiting after a run: on a shared 2-core machine a spinning thread steals the core
        // our kernel runs on next.
        _options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        _options.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
        _session = new InferenceSession(model, _options);
    }

    public OrtRunner Input<T>(T[] data, params long[] shape)
        where T : unmanaged
    {
        _inputs.Add(OrtValue.CreateTensorValueFromMemory(data, shape));
        return this;
    }

    public OrtRunner Output<T>(T[] data, params long[] shape)
        where T : unmanaged
    {
        _output = OrtValue.CreateTensorValueFromMemory(data, shape);
        return this;
    }

    public void Run() =>
        _session.Run(_run, _session.InputNames, _inputs, _session.OutputNames, [_output ?? throw new InvalidOperationException("no output bound")]);

    public void Dispose()
    {
        foreach (var input in _inputs)
        {
            input.Dispose();
        }

        _output?.Dispose();
        _run.Dispose();
        _session.Dispose();
        _options.Dispose();
    }
}
