namespace OkrSite.Core.Load.Data;

/// <summary>Receives the values of a CSV file row by row, so a large export is never held as row objects.</summary>
internal interface IDataPointSink
{
    /// <param name="metric">The metric id as written in the file (trimmed).</param>
    /// <param name="line">The 1-based line of the row in the file, for diagnostics.</param>
    void Add(string metric, DateOnly date, double value, string? note, int line);

    /// <summary>
    /// A metric the file names: each column of a wide header (values or not), or the first row of a long file that
    /// names it (a spelling may be declared again; the sink keeps the first). Lines and columns are 1-based.
    /// </summary>
    void Declare(string metric, int line, int column, bool isColumn)
    {
    }
}
