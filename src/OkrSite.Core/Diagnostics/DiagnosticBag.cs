using System.Globalization;

namespace OkrSite.Core.Diagnostics;

/// <summary>
/// Collects every problem a stage finds, so one run reports all of them rather than stopping at the first.
/// Thread-safe because data files are read in parallel.
/// </summary>
/// <remarks>
/// One file can hold the same problem a hundred thousand times (an unknown field on every key result, a bad number
/// on every CSV row). Of each code in each file only the first <see cref="Limit"/> (in the order the output shows)
/// are kept; the rest are counted and listed as one closing line of that code, right after the last one shown.
/// Kept at the source rather than when printing, so such a file costs memory for <see cref="Limit"/> diagnostics,
/// not for all of them. Errors are capped like warnings: the count says how many there are, and the first ones
/// are the ones to fix first.
/// </remarks>
internal sealed class DiagnosticBag
{
    /// <summary>How many diagnostics of one code one file lists before the rest are only counted.</summary>
    public const int Limit = 20;

    private readonly Dictionary<(string File, string Code), Group> _groups = [];
    private readonly Lock _gate = new();
    private bool _hasErrors;

    /// <param name="warningsAsErrors">Strict CI: every warning is recorded as an error, so the build writes nothing.</param>
    public DiagnosticBag(bool warningsAsErrors = false) => WarningsAsErrors = warningsAsErrors;

    public bool WarningsAsErrors { get; }

    /// <summary>
    /// A bag that passes every diagnostic on to <paramref name="target"/> as it comes and also remembers it, up to
    /// <paramref name="max"/>, so that <see cref="Replay"/> can report the same again later (the load cache of
    /// okrsite serve, for a file whose bytes did not change). Past <paramref name="max"/> it only passes them on and
    /// <see cref="Recorded"/> is null: such a file is parsed again rather than held in memory.
    /// </summary>
    public static DiagnosticBag Recording(DiagnosticBag target, int max) =>
        new(target.WarningsAsErrors) { _forward = target, _recorded = [], _recordMax = max };

    private DiagnosticBag? _forward;
    private List<(Diagnostic Diagnostic, bool? Promote)>? _recorded;
    private int _recordMax;

    /// <summary>What a <see cref="Recording"/> bag saw, as it was added (null: more than it keeps); empty for any other bag.</summary>
    public IReadOnlyList<(Diagnostic Diagnostic, bool? Promote)>? Recorded => _forward is null ? [] : _recorded;

    /// <summary>Adds what <see cref="Recorded"/> holds, each as it was first added (with this bag's promotion where none was asked).</summary>
    public void Replay(IReadOnlyList<(Diagnostic Diagnostic, bool? Promote)> recorded)
    {
        foreach (var (diagnostic, promote) in recorded)
        {
            if (promote is { } asked)
            {
                Add(diagnostic, asked);
            }
            else
            {
                Add(diagnostic);
            }
        }
    }

    public void Add(Diagnostic diagnostic)
    {
        if (_forward is not null)
        {
            Record(diagnostic, null);
            _forward.Add(diagnostic);
            return;
        }

        Add(diagnostic, WarningsAsErrors);
    }

    private void Record(Diagnostic diagnostic, bool? promote)
    {
        lock (_gate)
        {
            if (_recorded is not null && _recorded.Count < _recordMax)
            {
                _recorded.Add((diagnostic, promote));
            }
            else
            {
                _recorded = null;
            }
        }
    }

    /// <param name="promote">Whether a warning becomes an error: the coach's advice stays a warning unless site.json asks (coach.strict).</param>
    public void Add(Diagnostic diagnostic, bool promote)
    {
        if (_forward is not null)
        {
            Record(diagnostic, promote);
            _forward.Add(diagnostic, promote);
            return;
        }

        if (promote && !diagnostic.IsError)
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
            var key = (diagnostic.File ?? string.Empty, diagnostic.Code);
            if (!_groups.TryGetValue(key, out var group))
            {
                group = new Group();
                _groups.Add(key, group);
            }

            group.Add(diagnostic);
            _hasErrors |= diagnostic.IsError;
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
                _ when char.IsControl(c) => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
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
            if (_forward is not null)
            {
                return _forward.HasErrors;
            }

            lock (_gate)
            {
                return _hasErrors;
            }
        }
    }

    /// <summary>
    /// Sorted by file, line, column, code, message: the order the console and report.json show. A code with more
    /// than <see cref="Limit"/> diagnostics in one file ends with the line that counts the others.
    /// </summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            var list = new List<Diagnostic>();
            foreach (var group in _groups.Values)
            {
                list.AddRange(group.Kept);
                if (group.Summary() is { } summary)
                {
                    list.Add(summary);
                }
            }

            list.Sort(DiagnosticOrder.Instance);
            return list;
        }
    }

    /// <summary>The diagnostics of one code in one file: the first <see cref="Limit"/> in output order, and a count of the rest.</summary>
    private sealed class Group
    {
        private int _withheld;
        private Diagnostic? _firstWithheld;

        // Ordered by the output order, so the kept ones are the first lines whatever order the stages report in;
        // a set, because the same problem reported twice is listed once.
        public SortedSet<Diagnostic> Kept { get; } = new(DiagnosticOrder.Instance);

        public void Add(Diagnostic diagnostic)
        {
            if (Kept.Count < Limit)
            {
                Kept.Add(diagnostic);
                return;
            }

            var last = Kept.Max!;
            if (DiagnosticOrder.Instance.Compare(diagnostic, last) < 0)
            {
                if (!Kept.Add(diagnostic))
                {
                    return;
                }

                Kept.Remove(last);
                diagnostic = last;
            }
            else if (DiagnosticOrder.Instance.Compare(diagnostic, last) == 0)
            {
                return;
            }

            _withheld++;
            if (_firstWithheld is null || DiagnosticOrder.Instance.Compare(diagnostic, _firstWithheld) < 0)
            {
                _firstWithheld = diagnostic;
            }
        }

        /// <summary>The closing line, at the first withheld diagnostic so that it sorts right after the last one shown.</summary>
        public Diagnostic? Summary()
        {
            if (_firstWithheld is not { } first)
            {
                return null;
            }

            var where = first.File is null ? string.Empty : " in this file";
            var message = string.Create(CultureInfo.InvariantCulture, $"… and {_withheld} more {first.Code}{where}; only the first {Limit} are listed, fix those and run again");
            return first with { Message = message };
        }
    }
}
