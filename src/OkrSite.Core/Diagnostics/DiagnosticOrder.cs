namespace OkrSite.Core.Diagnostics;

/// <summary>Diagnostics without a file (site-wide ones) come first, then by file path, line, column, code and message, ordinally.</summary>
internal sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static DiagnosticOrder Instance { get; } = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(x.File ?? string.Empty, y.File ?? string.Empty);
        if (c != 0)
        {
            return c;
        }

        c = x.Line.CompareTo(y.Line);
        if (c != 0)
        {
            return c;
        }

        c = x.Column.CompareTo(y.Column);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.Code, y.Code);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
