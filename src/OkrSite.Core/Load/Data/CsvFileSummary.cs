namespace OkrSite.Core.Load.Data;

/// <summary>What <see cref="CsvDataReader.Read"/> found in one file.</summary>
/// <param name="Shape">Long or wide; null when there was no header or it could not be understood.</param>
/// <param name="Delimiter">The delimiter detected from the header line: ',', ';' or '\t'.</param>
/// <param name="Rows">Data rows read, bad ones included; blank rows (trailing empty lines, Excel's ";;;") are not counted.</param>
/// <param name="Values">Values passed to the sink.</param>
internal sealed record CsvFileSummary(CsvShape? Shape, char Delimiter, int Rows, int Values);
