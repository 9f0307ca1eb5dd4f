using System.CommandLine;
using Book.Site.Pipeline;
using Book.Site.Serving;

namespace Book.Cli.Commands.Serve;

/// <summary><c>book serve [--config site.yml] [--port N]</c>: live preview on 127.0.0.1.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var config = new Option<string>("--config") { Description = "Path of the book's site.yml.", DefaultValueFactory = _ => "site.yml" };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 5173 };
        var command = new Command("serve", "Build the book, serve it on 127.0.0.1 and rebuild and reload open pages on every edit.");
        command.Options.Add(config);
        command.Options.Add(port);
        command.SetAction((parse, cancellation) => RunAsync(parse.GetValue(config)!, parse.GetValue(port), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(string configPath, int port, CancellationToken cancellation)
    {
        if (!File.Exists(configPath))
        {
            Console.Error.WriteLine($"error BK001: configuration file not found: {Path.GetFullPath(configPath)}; run from the book's repository or pass --config PATH");
            return ExitCodes.Usage;
        }

        if (port is < 0 or > 65535)
        {
            Console.Error.WriteLine($"error: --port {port} is not a port number (0-65535)");
            return ExitCodes.Usage;
        }

        await using var session = new PreviewSession(new BuildOptions { ConfigPath = configPath }, Console.Error.WriteLine);
        RebuildReport first;
        try
        {
            first = await session.StartAsync(port, cancellation);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: cannot listen on 127.0.0.1:{port} ({e.Message}); pass another --port, or --port 0 for a free one");
            return ExitCodes.Usage;
        }

        foreach (var message in first.Messages)
        {
            Console.Error.WriteLine(message);
        }

        Console.WriteLine($"Serving the book at {session.Server.Address} (built in {first.Elapsed.TotalMilliseconds:0} ms). Watching for edits; Ctrl+C stops.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellation);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("Stopped.");
        }

        return ExitCodes.Ok;
    }
}
