namespace Book.Cli.Commands.Build;

/// <summary>One self-overwriting status line on a terminal; plain lines when the output is redirected (CI logs).</summary>
public sealed class ProgressLine(TextWriter writer)
{
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private int _width;

    public void Show(string stage)
    {
        var text = $"  {stage}...";
        if (_interactive)
        {
            writer.Write("\r" + text.PadRight(_width));
            _width = text.Length;
        }
        else
        {
            writer.WriteLine(text);
        }
    }

    public void Clear()
    {
        if (_interactive && _width > 0)
        {
            writer.Write("\r" + new string(' ', _width) + "\r");
            _width = 0;
        }
    }
}
