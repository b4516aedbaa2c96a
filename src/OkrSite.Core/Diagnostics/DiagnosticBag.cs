namespace OkrSite.Core.Diagnostics;

/// <summary>
/// Collects every problem a stage finds, so one run reports all of them rather than stopping at the first.
/// Thread-safe because data files are read in parallel.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    /// <param name="warningsAsErrors">Strict CI: every warning is recorded as an error, so the build writes nothing.</param>
    public DiagnosticBag(bool warningsAsErrors = false) => WarningsAsErrors = warningsAsErrors;

    public bool WarningsAsErrors { get; }

    public void Add(Diagnostic diagnostic)
    {
        if (WarningsAsErrors && !diagnostic.IsError)
        {
            diagnostic = diagnostic with { Severity = Severity.Error };
        }

        // A diagnostic is one line ("file(line,col): error CODE: message") for editors and CI problem matchers,
        // even when it quotes a value that contains a line break or another control character.
        if (diagnostic.Message.Any(char.IsControl) || (diagnostic.File?.Any(char.IsControl) ?? false))
        {
            diagnostic = diagnostic with { Message = OneLine(diagnostic.Message), File = diagnostic.File is null ? null : OneLine(diagnostic.File) };
        }

        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    internal static string OneLine(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when char.IsControl(c) => builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    public void Add(DiagnosticCode code, SourceSpan at, string message) =>
        Add(new Diagnostic(code.Severity, code.Id, message, at.IsNone ? null : at.File, at.Line, at.Column));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    /// <summary>Sorted by file, line, column, code, message: the order the console and report.json show.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            return [.. _items.Distinct().Order(DiagnosticOrder.Instance)];
        }
    }
}
