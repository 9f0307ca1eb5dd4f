using System.Diagnostics;
using Book.Grader.Runner.Protocol;

namespace Book.Grader.Runner.Execution;

/// <summary>
/// The runner's side of the protocol. Every reply carries the nonce the grader sent in Hello; the
/// nonce lives only in this object, out of reach of the submission (no reflection allowed), so text a
/// submission manages to put on the real stdout cannot pass for a reply.
/// </summary>
public sealed class RunnerSession(Stream input, Stream output, CappedWriter console)
{
    private byte[] _nonce = [];
    private KernelTarget? _submission;
    private KernelTarget? _baseline;
    private BenchmarkInputs? _benchmarkInputs;
    private IReadOnlyList<object[]> _timedOutputs = [];

    public int Run()
    {
        while (Frames.Read(input) is { } payload)
        {
            using var reader = new BinaryReader(new MemoryStream(payload));
            var kind = (MessageKind)reader.ReadByte();
            switch (kind)
            {
                case MessageKind.Hello:
                    Hello(reader);
                    break;
                case MessageKind.Run:
                    RunCase(reader);
                    break;
                case MessageKind.BenchmarkInputs:
                    PrepareBenchmark(reader);
                    break;
                case MessageKind.Benchmark:
                    Benchmark(reader);
                    break;
                case MessageKind.BenchmarkChecks:
                    SendTimedOutputs();
                    break;
                case MessageKind.Bye:
                    return 0;
                default:
                    throw new InvalidDataException($"unknown request {(byte)kind}");
            }
        }

        return 0;
    }

    private void Hello(BinaryReader reader)
    {
        _nonce = reader.ReadBytes(16);
        var submissionPath = reader.ReadString();
        var baselinePath = reader.ReadString();
        var typeName = reader.ReadString();
        console.Cap = reader.ReadInt32();
        string error = "";
        try
        {
            _submission = KernelTarget.Load(submissionPath, typeName, "submission");
            _baseline = baselinePath.Length > 0 ? KernelTarget.Load(baselinePath, typeName, "baseline") : null;
        }
        catch (Exception e)
        {
            error = $"{e.GetType().Name}: {e.Message}";
        }

        Reply(MessageKind.Ready, w =>
        {
            w.Write(error.Length == 0);
            w.Write(error);
        });
    }

    private void RunCase(BinaryReader reader)
    {
        var caseId = reader.ReadInt32();
        var method = reader.ReadString();
        var arguments = ValueCodec.ReadAll(reader);
        var outputIndices = ValueCodec.ReadInts(reader);
        string exception = "", message = "";
        var start = Stopwatch.GetTimestamp();
        try
        {
            _submission!.Invoke(method, arguments);
        }
        catch (Exception e)
        {
            exception = e.GetType().FullName ?? "Exception";
            message = SafeMessage(e);
        }

        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var (head, total) = console.Take();
        Reply(MessageKind.Result, w =>
        {
            w.Write(caseId);
            w.Write(exception);
            w.Write(message);
            ValueCodec.WriteAll(w, outputIndices.Select(i => arguments[i]).ToArray());
            w.Write(elapsed);
            w.Write(total);
            w.Write(head);
        });
    }

    // Before the timed phase: receive the input and place both sides' copies.
    private void PrepareBenchmark(BinaryReader reader)
    {
        var method = reader.ReadString();
        var arguments = ValueCodec.ReadAll(reader);
        var outputIndices = ValueCodec.ReadInts(reader);
        var error = "";
        try
        {
            _benchmarkInputs = BenchmarkInputs.Place(method, arguments, outputIndices);
        }
        catch (Exception e)
        {
            error = $"{e.GetType().FullName}: {SafeMessage(e)}";
        }

        Reply(MessageKind.BenchmarkReady, w =>
        {
            w.Write(error);
            w.Write(_benchmarkInputs?.PlaceMs ?? 0);
        });
    }

    // The timed phase: after the warm-up the runner says so and waits for the grader's go (the
    // grader makes the machine quiet for the pairs); a failure during the warm-up is the answer to
    // that step instead. The final reply is small (the times); the outputs kept for re-checking are
    // fetched after.
    private void Benchmark(BinaryReader reader)
    {
        var (minMs, maxMs, checkSeed) = (reader.ReadDouble(), reader.ReadDouble(), reader.ReadInt32());
        BenchmarkMeasurement? measurement = null;
        var error = "";
        var warmedUp = false;
        void Go()
        {
            warmedUp = true;
            Reply(MessageKind.BenchmarkWarmedUp, w => w.Write(""));
            if (Frames.Read(input) is not { } next || next.Length == 0 || (MessageKind)next[0] != MessageKind.BenchmarkGo)
            {
                throw new ProtocolBroken("expected the grader's go after the warm-up");
            }
        }

        try
        {
            var inputs = _benchmarkInputs ?? throw new InvalidOperationException("no benchmark input was sent");
            _benchmarkInputs = null;
            measurement = new BenchmarkLoop(_submission!, _baseline ?? throw new InvalidOperationException("no baseline loaded")).Run(inputs, minMs, maxMs, checkSeed, Go);
        }
        catch (Exception e) when (e is not ProtocolBroken)
        {
            error = $"{e.GetType().FullName}: {SafeMessage(e)}";
        }

        console.Take();
        _timedOutputs = measurement?.CheckedOutputs ?? [];
        Reply(warmedUp ? MessageKind.BenchmarkResult : MessageKind.BenchmarkWarmedUp, w =>
        {
            w.Write(error);
            if (measurement is null)
            {
                return;
            }

            ValueCodec.WriteDoubles(w, measurement.SubmissionMs);
            ValueCodec.WriteDoubles(w, measurement.BaselineMs);
            w.Write(measurement.WarmupCalls);
            w.Write(measurement.TimedTotalMs);
            w.Write(measurement.CheckedOutputs.Count);
            w.Write(measurement.Clock);
            w.Write(measurement.WarmupMs);
            w.Write(measurement.PairsMs);
        });
    }

    private void SendTimedOutputs()
    {
        var outputs = _timedOutputs;
        _timedOutputs = [];
        Reply(MessageKind.BenchmarkChecked, w =>
        {
            w.Write(outputs.Count);
            foreach (var output in outputs)
            {
                ValueCodec.WriteAll(w, output);
            }
        });
    }

    // A submission's exception may override Message; reading it runs student code, so guard it.
    private static string SafeMessage(Exception e)
    {
        try
        {
            var message = e.Message;
            return message.Length > 500 ? message[..500] : message;
        }
        catch (Exception)
        {
            return "(the exception's message could not be read)";
        }
    }

    private void Reply(MessageKind kind, Action<BinaryWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write((byte)kind);
            writer.Write(_nonce);
            body(writer);
        }

        Frames.Write(output, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    // Not a submission's exception (no submission can name this type): the runner stops.
    private sealed class ProtocolBroken(string message) : IOException(message);
}
