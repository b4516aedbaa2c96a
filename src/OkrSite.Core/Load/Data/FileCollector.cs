namespace OkrSite.Core.Load.Data;

/// <summary>The values of one CSV file, per metric in file order, with their lines for duplicate warnings and provenance.</summary>
internal sealed class FileCollector : IDataPointSink
{
    private readonly HashSet<string> _declaredKeys = new(StringComparer.Ordinal);

    public Dictionary<string, List<(DateOnly Date, double Value, string? Note, int Line)>> Metrics { get; } = new(StringComparer.Ordinal);

    /// <summary>Where the file first names each metric (by <see cref="Model.DataSet.Key"/>), in the order it does.</summary>
    public List<(string Metric, int Line, int Column, bool IsColumn)> Declared { get; } = [];

    public void Add(string metric, DateOnly date, double value, string? note, int line)
    {
        var key = Model.DataSet.Key(metric);
        if (!Metrics.TryGetValue(key, out var points))
        {
            points = [];
            Metrics.Add(key, points);
        }

        points.Add((date, value, note, line));
    }

    public void Declare(string metric, int line, int column, bool isColumn)
    {
        if (_declaredKeys.Add(Model.DataSet.Key(metric)))
        {
            Declared.Add((metric, line, column, isColumn));
        }
    }
}
