namespace Book.Grader.Grading;

/// <summary>
/// Orders the work of several submissions graded at once (<c>book grade --batch --jobs N</c>) around
/// their benchmarks' timed phases. Timed phases never overlap each other. Compiling, starting runners
/// and running tests hold the gate shared. A timed phase's measured part (the pairs) holds it
/// exclusively: it waits for the work in progress to reach the end of its step, and nothing of this
/// grader runs beside it; waiting exclusive holders go first (a writer-preferring lock). By default
/// the warm-up is held exclusively too. Letting other work run beside the warm-up (it only decides
/// when tier-1 code is in place; <see cref="Timed{T}(bool, Func{Action, T})"/> with alone false) was
/// measured worse on the 2-core machine: timed phases 2.7-5.6 s against 1.3-1.7 s and the reference
/// at 111x against 120x, because the pairs then start while the other work's after-effects (the
/// grader's own background JIT, a runner starting) still run; beside the pairs as well, the CV rose.
/// A gate used by one grade at a time costs nothing.
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

    /// <summary>Runs a timed phase alone from its start: no other timed phase and no other work beside it.</summary>
    public T Timed<T>(Func<T> timed) => Timed(alone: true, _ => timed());

    /// <summary>
    /// Runs a timed phase apart from every other timed phase. Other work is shut out from its start
    /// when <paramref name="alone"/>, otherwise from when the phase calls the action it is given (the
    /// end of its warm-up). Called from inside <see cref="Work"/>: the shared hold is given up while
    /// waiting (two timed phases waiting on each other's shared hold would deadlock) and taken back after.
    /// </summary>
    public T Timed<T>(bool alone, Func<Action, T> timed)
    {
        var held = _lock.IsReadLockHeld;
        if (held)
        {
            _lock.ExitReadLock();
        }

        _timed.Wait();
        try
        {
            void Alone()
            {
                if (!_lock.IsWriteLockHeld)
                {
                    _lock.EnterWriteLock();
                }
            }

            if (alone)
            {
                Alone();
            }

            try
            {
                return timed(Alone);
            }
            finally
            {
                if (_lock.IsWriteLockHeld)
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
