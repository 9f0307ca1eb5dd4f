using System.Diagnostics;
using System.Globalization;

namespace Book.Benchmarks.Build;

/// <summary>
/// Runs a program to completion and measures its wall time and peak resident memory
/// (through GNU time's <c>%M</c> when /usr/bin/time exists; 0 otherwise).
/// </summary>
public static class TimedProcess
{
    public sealed record Sample(double Milliseconds, double PeakMegabytes, int ExitCode, string Errors);

    public static Sample Run(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var memoryFile = Path.GetTempFileName();
        var useTime = File.Exists("/usr/bin/time");
        var info = new ProcessStartInfo(useTime ? "/usr/bin/time" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        if (useTime)
        {
            foreach (var a in (string[])["-f", "%M", "-o", memoryFile, program])
            {
                info.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var start = Stopwatch.GetTimestamp();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        _ = stdout.Result;
        var kilobytes = useTime && double.TryParse(File.ReadAllText(memoryFile).Trim().Split('\n')[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var kb) ? kb : 0;
        File.Delete(memoryFile);
        return new Sample(elapsed, kilobytes / 1024, process.ExitCode, stderr.Result);
    }
}
