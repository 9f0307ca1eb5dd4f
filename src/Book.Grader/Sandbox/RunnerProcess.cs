using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Book.Grader.Runner.Protocol;

namespace Book.Grader.Sandbox;

/// <summary>
/// The grader's side of one runner process. Requests and replies are frames on the runner's
/// stdin/stdout; each reply must carry the random nonce sent in Hello. The exit code is never
/// read for scoring: results come only as valid replies. Everything the runner prints on stderr
/// (runtime crash messages) is kept, capped, to explain a crash.
/// </summary>
public sealed class RunnerProcess : IDisposable
{
    private const int StderrCap = 8192;

    private readonly Process _process;
    private readonly byte[] _nonce = RandomNumberGenerator.GetBytes(16);
    private readonly StringBuilder _stderr = new();
    private readonly Task _stderrPump;

    private RunnerProcess(Process process)
    {
        _process = process;
        _stderrPump = Task.Run(PumpStderr);
    }

    public static RunnerProcess Start(ISandbox sandbox, RunnerFiles files, SandboxLimits limits)
    {
        var info = sandbox.CreateStartInfo(files.Launch, limits);
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        return new RunnerProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start the runner"));
    }

    public RunnerReply Hello(string submissionPath, string? baselinePath, string typeName, int outputCap, TimeSpan timeout) =>
        Request(MessageKind.Hello, MessageKind.Ready, timeout, w =>
        {
            w.Write(_nonce);
            w.Write(submissionPath);
            w.Write(baselinePath ?? "");
            w.Write(typeName);
            w.Write(outputCap);
        });

    public RunnerReply Request(MessageKind kind, MessageKind expected, TimeSpan timeout, Action<BinaryWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write((byte)kind);
            body(writer);
        }

        try
        {
            Frames.Write(_process.StandardInput.BaseStream, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (IOException)
        {
            return new RunnerReply(null, false, Died());
        }

        var read = Task.Run(() => Frames.Read(_process.StandardOutput.BaseStream));
        bool finished;
        try
        {
            finished = read.Wait(timeout);
        }
        catch (AggregateException)
        {
            return new RunnerReply(null, false, "the runner broke the protocol (malformed frame)");
        }

        if (!finished)
        {
            // A stack overflow can take the runtime longer than the time limit to report (it prints
            // the stack first); what the runtime printed tells it apart from a plain time-out.
            Kill();
            return Known(StderrText()) is { } crash ? new RunnerReply(null, false, crash) : new RunnerReply(null, true, null);
        }

        if (read.Result is not { } payload)
        {
            return new RunnerReply(null, false, Died());
        }

        var reader = new BinaryReader(new MemoryStream(payload));
        if (payload.Length < 17 || (MessageKind)reader.ReadByte() != expected || !reader.ReadBytes(16).AsSpan().SequenceEqual(_nonce))
        {
            Kill();
            return new RunnerReply(null, false, "the runner's reply was not a valid protocol message (wrong kind or nonce)");
        }

        return new RunnerReply(reader, false, null);
    }

    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.WaitForExit(2000);
    }

    /// <summary>A description of how the runner ended, from what the runtime printed (explanation only).</summary>
    private string Died()
    {
        _process.WaitForExit(2000);
        var text = StderrText();
        if (Known(text) is { } crash)
        {
            return crash;
        }

        var first = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return first is null
            ? "the runner process ended without replying"
            : $"the runner process ended without replying; it printed: {(first.Length > 200 ? first[..200] : first)}";
    }

    private string StderrText()
    {
        _stderrPump.Wait(1000);
        lock (_stderr)
        {
            return _stderr.ToString();
        }
    }

    private static string? Known(string stderr)
    {
        if (stderr.Contains("Stack overflow", StringComparison.Ordinal))
        {
            return "the runner crashed: stack overflow";
        }

        if (stderr.Contains("OutOfMemory", StringComparison.Ordinal) || stderr.Contains("GC heap", StringComparison.Ordinal))
        {
            return "the runner crashed: out of memory";
        }

        return null;
    }

    private async Task PumpStderr()
    {
        var buffer = new char[4096];
        var reader = _process.StandardError;
        int n;
        while ((n = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            lock (_stderr)
            {
                if (_stderr.Length < StderrCap)
                {
                    _stderr.Append(buffer, 0, Math.Min(n, StderrCap - _stderr.Length));
                }
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                Frames.Write(_process.StandardInput.BaseStream, [(byte)MessageKind.Bye]);
                if (!_process.WaitForExit(1000))
                {
                    Kill();
                }
            }
        }
        catch (IOException)
        {
            Kill();
        }

        _process.Dispose();
    }
}
