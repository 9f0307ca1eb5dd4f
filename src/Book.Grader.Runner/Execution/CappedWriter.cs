using System.Text;

namespace Book.Grader.Runner.Execution;

/// <summary>
/// Where the submission's Console output goes: the first <c>cap</c> characters are kept, the rest
/// only counted. The real stdout carries the protocol and is never handed to student code.
/// </summary>
public sealed class CappedWriter : TextWriter
{
    private readonly StringBuilder _kept = new();
    private readonly Lock _lock = new();
    private long _total;

    public int Cap { get; set; } = 4096;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_lock)
        {
            _total++;
            if (_kept.Length < Cap)
            {
                _kept.Append(value);
            }
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        lock (_lock)
        {
            _total += value.Length;
            var room = Cap - _kept.Length;
            if (room > 0)
            {
                _kept.Append(value.AsSpan(0, Math.Min(room, value.Length)));
            }
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <summary>The kept text and the total characters written since the last call; then clears.</summary>
    public (string Head, long Total) Take()
    {
        lock (_lock)
        {
            var result = (_kept.ToString(), _total);
            _kept.Clear();
            _total = 0;
            return result;
        }
    }
}
