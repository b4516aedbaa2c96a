using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model;

/// <summary>
/// Where a CSV file names a metric: the header cell of a wide file's column (<see cref="IsColumn"/>), or the metric
/// cell of the first row of a long file that names it. <see cref="Metric"/> is spelt as in the file.
/// </summary>
internal readonly record struct MetricDeclaration(string Metric, SourceSpan At, bool IsColumn);
