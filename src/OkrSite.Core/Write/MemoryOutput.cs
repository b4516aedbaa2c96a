using System.Collections.Concurrent;

namespace OkrSite.Core.Write;

/// <summary>Keeps the output in memory: for <c>okrsite check</c> and for tests that look at the files.</summary>
internal sealed class MemoryOutput : IOutputSink
{
    private readonly ConcurrentBag<OutputFile> _files = [];

    public void Write(string path, byte[] content) => _files.Add(new OutputFile(path, content));

    public void WriteStream(string path, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        Write(path, buffer.ToArray());
    }

    public void WriteFrom(string path, string source) => Write(path, File.ReadAllBytes(source));

    public IReadOnlyList<OutputFile> Files => [.. _files.OrderBy(f => f.Path, StringComparer.Ordinal)];
}
