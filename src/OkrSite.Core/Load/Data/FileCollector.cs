namespace OkrSite.Core.Load.Data;

/// <summary>The values of one CSV file, per metric in file order, with their lines for duplicate warnings.</summary>
internal sealed class FileCollector : IDataPointSink
{
    public Dictionary<string, List<(DateOnly Date, double Value, string? Note, int Line)>> Metrics { get; } = new(StringComparer.Ordinal);

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
}
