using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace OkrSite.Cli.Serve;

/// <summary>
/// Tells every open page (one server-sent event stream each) the version of the site the server now holds. Each
/// stream starts with the current version and then gets every new one; a slow reader only ever gets the latest.
/// </summary>
internal sealed class SiteVersions
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _listeners = [];
    private string _current;
    private bool _closed;

    public SiteVersions(string current) => _current = current;

    public int ListenerCount
    {
        get
        {
            lock (_gate)
            {
                return _listeners.Count;
            }
        }
    }

    public void Publish(string version)
    {
        lock (_gate)
        {
            _current = version;
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(version);
            }
        }
    }

    /// <summary>Ends every stream, so that the server can stop without waiting for the pages to hang up.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var listener in _listeners)
            {
                listener.Writer.TryComplete();
            }
        }
    }

    /// <summary>The versions one page hears, until it hangs up (<paramref name="cancellation"/>) or the server stops.</summary>
    public async IAsyncEnumerable<string> Listen([EnumeratorCancellation] CancellationToken cancellation)
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            if (_closed)
            {
                yield break;
            }

            _listeners.Add(channel);
            channel.Writer.TryWrite(_current);
        }

        try
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await channel.Reader.WaitToReadAsync(cancellation).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }

                if (!more)
                {
                    yield break;
                }

                while (channel.Reader.TryRead(out var version))
                {
                    yield return version;
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(channel);
            }
        }
    }
}
