namespace OkrSite.Core.Load.Data;

/// <summary>Receives the values of a CSV file row by row, so a large export is never held as row objects.</summary>
public interface IDataPointSink
{
    /// <param name="metric">The metric id as written in the file (trimmed).</param>
    /// <param name="line">The 1-based line of the row in the file, for diagnostics.</param>
    void Add(string metric, DateOnly date, double value, string? note, int line);
}
