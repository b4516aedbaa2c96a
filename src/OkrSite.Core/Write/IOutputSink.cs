namespace OkrSite.Core.Write;

/// <summary>Where the render stages put each output file as soon as it is made, so a large site is never held whole in memory.</summary>
internal interface IOutputSink
{
    /// <param name="path">Relative to the output folder, '/' separators.</param>
    void Write(string path, byte[] content);

    /// <summary>
    /// Writes a file that <paramref name="write"/> produces into a stream, for output too large to hold as one array
    /// (report.json of a large site is hundreds of megabytes).
    /// </summary>
    void WriteStream(string path, Action<Stream> write);

    /// <summary>Puts the file at <paramref name="source"/> (which must not change afterwards) into the output as <paramref name="path"/>.</summary>
    void WriteFrom(string path, string source);
}
