namespace OkrSite.Core.Model;

/// <summary>
/// How to read numbers and dates in CSV exports, from site.json <c>csv</c>.
/// <see cref="DecimalSeparator"/> null means: ',' in a ';'-delimited file, '.' otherwise.
/// <see cref="DateFormat"/> is a .NET custom format tried before the built-in ones.
/// </summary>
public sealed record CsvOptions(char? DecimalSeparator = null, string? DateFormat = null)
{
    public static CsvOptions Default { get; } = new();
}
