namespace Book.Grader.Grading;

/// <summary>
/// Orders the work of several submissions graded at once (<c>book grade --batch --jobs N</c>) around
/// their benchmarks' timed phases. Timed phases never overlap each other. Compiling, starting runners
/// and running tests hold the gate shared; a timed phase that must be alone (its kernel may use more
/// than one core, or the batch asked for it) holds it exclusively, so it waits for the work in
/// progress to reach the end of its step and nothing of this grader starts beside it; waiting
/// exclusive phases go first (a writer-preferring lock). Any other timed phase runs on one core while
/// the other work goes on beside it (measured: the A/A ratio and the CV hold, see the grading
/// benchmark). A gate used by one grade at a time costs nothing.
/// </summary>
public sealed class TimedPhaseGate : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly SemaphoreSlim _timed = new(1, 1);

    /// <summary>Holds the gate shared for one step of ordinary work (dispose to release).</summary>
    public IDisposable Work()
    {
        _lock.EnterReadLock();
        return new Release(_lock.ExitReadLock);
    }

    /// <summary>Between two steps of work: lets a waiting exclusive timed phase run, then holds the gate shared again.</summary>
    public void Pause()
    {
        if (_lock.IsReadLockHeld)
        {
            _lock.ExitReadLock();
            _lock.EnterReadLock();
        }
    }

    /// <summary>Runs a timed phase alone: no other timed phase and no other work beside it.</summary>
    public T Timed<T>(Func<T> timed) => Timed(alone: true, timed);

    /// <summary>
    /// Runs a timed phase, apart from every other timed phase, and apart from all other work when
    /// <paramref name="alone"/>. Called from inside <see cref="Work"/>: the shared hold is given up
    /// while waiting (two timed phases waiting on each other's shared hold would deadlock) and taken back after.
    /// </summary>
    public T Timed<T>(bool alone, Func<T> timed)
    {
        var held = _lock.IsReadLockHeld;
        if (held)
        {
            _lock.ExitReadLock();
        }

        _timed.Wait();
        try
        {
            if (alone)
            {
                _lock.EnterWriteLock();
            }

            try
            {
                return timed();
            }
            finally
            {
                if (alone)
                {
                    _lock.ExitWriteLock();
                }
            }
        }
        finally
        {
            _timed.Release();
            if (held)
            {
                _lock.EnterReadLock();
            }
        }
    }

    public void Dispose()
    {
        _lock.Dispose();
        _timed.Dispose();
    }

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
