using Microsoft.ML.OnnxRuntime;

namespace Book.Benchmarks.Kernels;

/// <summary>An ONNX Runtime session on one CPU thread, run into a preallocated output.</summary>
public sealed class OrtRunner : IDisposable
{
    private readonly SessionOptions _options;
    private readonly InferenceSession _session;
    private readonly RunOptions _run = new();

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

    /// <summary>Runs once; the inputs are wrapped views of managed arrays (no copy) and are disposed here.</summary>
    public void Run(OrtValue[] inputs, OrtValue output)
    {
        _session.Run(_run, _session.InputNames, inputs, _session.OutputNames, [output]);
        foreach (var input in inputs)
        {
            input.Dispose();
        }

        output.Dispose();
    }

    public void Dispose()
    {
        _run.Dispose();
        _session.Dispose();
        _options.Dispose();
    }
}
