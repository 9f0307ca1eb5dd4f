using System.Diagnostics;
using Book.Grader.Sandbox;
using Book.Grader.Tests.Support;

namespace Book.Grader.Tests.Units;

public sealed class PidsCgroupTests
{
    [PidsCgroupFact]
    public void A_runner_group_caps_its_tasks_even_for_root()
    {
        var procs = PidsCgroup.Create();
        Assert.NotNull(procs);
        var dir = Path.GetDirectoryName(procs)!;
        Assert.Equal(PidsCgroup.MaxTasks.ToString(System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(dir, "pids.max")).Trim());

        // The same wrapper the sandbox uses; then more background processes than the cap allows.
        var info = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-c", "echo $$ > \"$0\" && exec \"$@\"", procs, "/bin/sh", "-c", $"i=0; while [ $i -lt {PidsCgroup.MaxTasks + 10} ]; do sleep 2 & i=$((i+1)); done; wait" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Contains("fork", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("max ", File.ReadAllText(Path.Combine(dir, "pids.events")).Trim());
        Assert.NotEqual("max 0", File.ReadAllText(Path.Combine(dir, "pids.events")).Trim());
    }
}
