namespace OkrSite.Core.Load.Data;

internal enum CsvShape
{
    /// <summary>One row per value: metric, date, value and an optional note.</summary>
    Long,

    /// <summary>One row per date: the first column is the date, every other column is a metric.</summary>
    Wide,
}
