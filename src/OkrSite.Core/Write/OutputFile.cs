namespace OkrSite.Core.Write;

/// <summary>One file of the output, by its path relative to the output folder ('/' separators).</summary>
public sealed record OutputFile(string Path, byte[] Content);
