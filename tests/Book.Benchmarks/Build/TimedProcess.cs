using System.Diagnostics;
using System.Globalization;

namespace Book.Benchmarks.Build;

/// <summary>
/// Runs a program to completion and measures its wall time, its CPU time (user + system) and its peak
/// resident memory (through GNU time's <c>%M %U %S</c> when /usr/bin/time exists; 0 otherwise). CPU time
/// is what to compare on a shared, loaded machine: it barely moves when other processes wait for a core.
/// </summary>
public static class TimedProcess
{
    public sealed record Sample(double Milliseconds, double PeakMegabytes, int ExitCode, string Errors, double CpuMilliseconds = 0);

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
            foreach (var a in (string[])["-f", "%M %U %S", "-o", memoryFile, program])
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
        var fields = useTime ? File.ReadAllText(memoryFile).Trim().Split('\n')[^1].Split(' ') : [];
        File.Delete(memoryFile);
        var kilobytes = Number(fields, 0);
        var cpuSeconds = Number(fields, 1) + Number(fields, 2);
        return new Sample(elapsed, kilobytes / 1024, process.ExitCode, stderr.Result, cpuSeconds * 1000);
    }

    private static double Number(string[] fields, int index) =>
        index < fields.Length && double.TryParse(fields[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
