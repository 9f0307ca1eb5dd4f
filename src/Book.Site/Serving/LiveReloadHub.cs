using System.Threading.Channels;

namespace Book.Site.Serving;

/// <summary>
/// Fans out live-reload events to every open page (one server-sent-events stream per page).
/// The last state is remembered so a page that connects after a failed build still sees the overlay.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly Lock _lock = new();
    private readonly List<Channel<LiveReloadEvent>> _subscribers = [];
    private LiveReloadEvent? _lastState;

    public int SubscriberCount
    {
        get
        {
            lock (_lock)
            {
                return _subscribers.Count;
            }
        }
    }

    public ChannelReader<LiveReloadEvent> Subscribe(out Action unsubscribe)
    {
        var channel = Channel.CreateUnbounded<LiveReloadEvent>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            _subscribers.Add(channel);
            if (_lastState is { Kind: LiveReloadEventKind.Errors } state)
            {
                channel.Writer.TryWrite(state);
            }
        }

        unsubscribe = () =>
        {
            lock (_lock)
            {
                _subscribers.Remove(channel);
            }

            channel.Writer.TryComplete();
        };
        return channel.Reader;
    }

    public void Publish(LiveReloadEvent e)
    {
        lock (_lock)
        {
            _lastState = e;
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(e);
            }
        }
    }
}
