using Book.Grader.Grading;
using Book.Grader.Runner.Protocol;

namespace Book.Grader.Sandbox;

/// <summary>
/// A runner that comes back: started on first use, greeted (the runner loads the submission and
/// the baseline), and replaced by a fresh one after it times out or dies, so one crashing case does
/// not take the other cases down. <see cref="Losses"/> counts the replacements.
/// </summary>
public sealed class SandboxedRunner(ISandbox sandbox, RunnerFiles files, SandboxLimits limits, string typeName, int outputCap) : IDisposable
{
    private static readonly TimeSpan _startTimeout = TimeSpan.FromSeconds(30);
    private RunnerProcess? _process;

    public int Losses { get; private set; }

    public RunnerReply Call(MessageKind kind, MessageKind expected, TimeSpan timeout, Action<BinaryWriter> body)
    {
        var process = Ensure();
        var reply = process.Request(kind, expected, timeout, body);
        if (!reply.Ok)
        {
            Losses++;
            process.Kill();
            process.Dispose();
            _process = null;
        }

        return reply;
    }

    /// <summary>Starts the runner now (it would start on first call anyway), so start-up is timed apart.</summary>
    public void Start() => Ensure();

    private RunnerProcess Ensure()
    {
        if (_process is not null)
        {
            return _process;
        }

        var process = RunnerProcess.Start(sandbox, files, limits);
        var inside = sandbox.PrivatePathInside(files.Launch);
        var hasBaseline = File.Exists(Path.Combine(files.Directory, "baseline.dll"));
        var reply = process.Hello(inside + "/submission.dll", hasBaseline ? inside + "/baseline.dll" : null, typeName, outputCap, _startTimeout);
        if (!reply.Ok)
        {
            process.Kill();
            process.Dispose();
            throw new GraderFault($"the runner did not start in the {sandbox.Name} sandbox: {(reply.TimedOut ? "no reply in 30 s" : reply.Failure)}");
        }

        if (!reply.Body!.ReadBoolean())
        {
            var error = reply.Body.ReadString();
            process.Dispose();
            throw new GraderFault($"the runner could not load the submission: {error}");
        }

        _process = process;
        return process;
    }

    public void Dispose()
    {
        _process?.Dispose();
        _process = null;
    }
}
