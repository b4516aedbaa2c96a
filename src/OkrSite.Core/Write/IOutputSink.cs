namespace OkrSite.Core.Write;

/// <summary>Where the render stages put each output file as soon as it is made, so a large site is never held whole in memory.</summary>
public interface IOutputSink
{
    /// <param name="path">Relative to the output folder, '/' separators.</param>
    void Write(string path, byte[] content);

    /// <summary>Puts the file at <paramref name="source"/> (which must not change afterwards) into the output as <paramref name="path"/>.</summary>
    void WriteFrom(string path, string source);
}
