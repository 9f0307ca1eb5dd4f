namespace Book.Grader.Grading;

/// <summary>
/// Keeps a benchmark's timed phase alone on the machine when several submissions are graded at once
/// (<c>book grade --batch --jobs N</c>): compiling, starting runners and running tests hold the gate
/// shared, so they overlap each other; a timed phase holds it exclusively, so it waits for the work in
/// progress to reach the end of its step and nothing of this grader starts beside it. Waiting timed
/// phases go first (a writer-preferring lock). A gate used by one grade at a time costs nothing.
/// </summary>
public sealed class TimedPhaseGate : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);

    /// <summary>Holds the gate shared for one step of ordinary work (dispose to release).</summary>
    public IDisposable Work()
    {
        _lock.EnterReadLock();
        return new Release(_lock.ExitReadLock);
    }

    /// <summary>Between two steps of work: lets a waiting timed phase run, then holds the gate shared again.</summary>
    public void Pause()
    {
        if (_lock.IsReadLockHeld)
        {
            _lock.ExitReadLock();
            _lock.EnterReadLock();
        }
    }

    /// <summary>
    /// Runs a timed phase alone. Called from inside <see cref="Work"/>: the shared hold is given up
    /// while waiting (two timed phases waiting on each other's shared hold would deadlock) and taken back after.
    /// </summary>
    public T Timed<T>(Func<T> timed)
    {
        var held = _lock.IsReadLockHeld;
        if (held)
        {
            _lock.ExitReadLock();
        }

        _lock.EnterWriteLock();
        try
        {
            return timed();
        }
        finally
        {
            _lock.ExitWriteLock();
            if (held)
            {
                _lock.EnterReadLock();
            }
        }
    }

    public void Dispose() => _lock.Dispose();

    private sealed class Release(Action release) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                release();
            }
        }
    }
}
