using System.Collections.Concurrent;

namespace OkrSite.Core.Write;

/// <summary>Passes every file on to an output and remembers its path, so that a later file can be checked against all of them.</summary>
internal sealed class WrittenPaths(IOutputSink inner) : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte> _paths = new(StringComparer.Ordinal);

    /// <summary>Adds paths written elsewhere into the same output (the charts, written before this sink existed).</summary>
    public void AddRange(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            _paths.TryAdd(path, 0);
        }
    }

    public bool Contains(string path) => _paths.ContainsKey(path);

    /// <summary>Every path so far, sorted.</summary>
    public IReadOnlyList<string> Paths => [.. _paths.Keys.Order(StringComparer.Ordinal)];

    public void Write(string path, byte[] content)
    {
        inner.Write(path, content);
        _paths.TryAdd(path, 0);
    }

    public void WriteStream(string path, Action<Stream> write)
    {
        inner.WriteStream(path, write);
        _paths.TryAdd(path, 0);
    }

    public void WriteFrom(string path, string source)
    {
        inner.WriteFrom(path, source);
        _paths.TryAdd(path, 0);
    }
}
