using System.Text;
using OkrSite.Tests.Support;

namespace OkrSite.Tests.BadInput;

/// <summary>
/// One bad input: how to spoil a minimal valid site, and the diagnostic <c>okrsite check</c> must print for it.
/// </summary>
/// <param name="Arrange">Writes the bad file(s) into a copy of <see cref="BadInputCases.Minimal"/>.</param>
/// <param name="Origin">The exact start of the line up to the code, e.g. <c>content/data/x.csv(2,22): error OKR0203</c>.</param>
/// <param name="Fragment">A part of the message the user needs to fix the input.</param>
/// <param name="ExitCode">1 when the case is an error; 0 for the documented warnings (an empty CSV export).</param>
/// <param name="Errors">How many error lines the whole run prints: the case must not drown in follow-up noise.</param>
/// <param name="Warnings">How many warning lines the whole run prints.</param>
internal sealed record BadInputCase(string Name, Action<TempSite> Arrange, string Origin, string Fragment, int ExitCode = 1, int Errors = 1, int Warnings = 0);

/// <summary>The table of bad inputs from the fail-safe issue, each with the exact diagnostic it must produce.</summary>
internal static class BadInputCases
{
    // The coach is off: its advice on this deliberately bare site is not what the table is about (Coach/ tests it).
    public const string SiteJson = "{ \"title\": \"Bad input\", \"asOf\": \"2026-08-15\", \"coach\": { \"off\": [\"all\"] } }\n";
    public const string Okr = "content/okrs/2026-Q3/grow.md";
    public const string Csv = "content/data/export.csv";

    // A valid objective: the minimal site builds without a single diagnostic.
    private static readonly string[] KpiIds = ["revenue", "visits", "signups"];

    public const string GoodObjective = "---\ntitle: Grow\nkey_results:\n  - title: Launch\n    done: true\n---\nBody.\n";

    public static TempSite Minimal()
    {
        var site = new TempSite();
        site.File("site.json", SiteJson);
        site.File(Okr, GoodObjective);

        // The metrics the bad CSV files name are KPIs with a value, so a bad row is its one diagnostic and not
        // also "a column nothing shows" (OKR0230) or "a KPI without data" (OKR0340).
        foreach (var kpi in KpiIds)
        {
            site.File($"content/kpis/{kpi}.md", $"---\nname: {kpi}\n---\n");
        }

        site.File("content/data/base.csv", $"date,{string.Join(',', KpiIds)}\n2026-06-01,1,1,1\n");
        return site;
    }

    /// <summary>An objective file whose front matter is <paramref name="yaml"/> (lines without the fences).</summary>
    private static string Objective(string yaml) => "---\n" + yaml + "---\nBody.\n";

    private static Action<TempSite> File(string path, string text) => site => site.File(path, text);

    private static Action<TempSite> Bytes(string path, byte[] bytes) => site => site.Bytes(path, bytes);

    private static Action<TempSite> CsvText(string text) => File(Csv, text);

    private static Action<TempSite> Long(string row) => CsvText("metric,date,value\n" + row + "\n");

    // A KR that needs nothing else from the front matter.
    private const string Kr = "key_results:\n  - title: Launch\n    done: true\n";

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        // ---- empty files ---------------------------------------------------------------------------------------
        new("csv-empty", Bytes(Csv, []), $"{Csv}: warning OKR0208", "file is empty", ExitCode: 0, Errors: 0, Warnings: 1),
        new("csv-blank-lines-only", CsvText("\n\r\n   \n"), $"{Csv}: warning OKR0208", "file is empty", ExitCode: 0, Errors: 0, Warnings: 1),
        new("csv-bom-only", Bytes(Csv, [0xEF, 0xBB, 0xBF]), $"{Csv}: warning OKR0208", "file is empty", ExitCode: 0, Errors: 0, Warnings: 1),
        new("md-objective-empty", Bytes(Okr, []), $"{Okr}(1,1): error OKR0101", "must start with YAML front matter"),
        new("md-team-empty", Bytes("content/teams/sales.md", []), "content/teams/sales.md(1,1): error OKR0101", "must start with YAML front matter"),
        new("md-kpi-empty", Bytes("content/kpis/revenue.md", []), "content/kpis/revenue.md(1,1): error OKR0101", "must start with YAML front matter"), // no OKR0230 for base.csv's revenue column: its KPI file exists, only unread
        new("site-json-empty", Bytes("site.json", []), "site.json(1,1): error OKR0002", "site.json is not valid JSON"),
        new("site-json-whitespace", File("site.json", "  \n\n"), "site.json(3,1): error OKR0002", "site.json is not valid JSON"),

        // ---- CSV header ----------------------------------------------------------------------------------------
        new("csv-header-only-long", CsvText("metric,date,value\n"), $"{Csv}(1): warning OKR0208", "header but no data rows", ExitCode: 0, Errors: 0, Warnings: 1),
        new("csv-header-only-wide", CsvText("Date;visits;signups\r\n"), $"{Csv}(1): warning OKR0208", "header but no data rows", ExitCode: 0, Errors: 0, Warnings: 1),
        new(
            "csv-header-no-known-columns",
            CsvText("name,day,amount\nrevenue,2026-07-01,5\n"),
            $"{Csv}(1): error OKR0202",
            "header has columns 'name', 'day', 'amount': expected 'metric,date,value[,note]' (long) or a date column followed by metric columns (wide); the first data row starts with 'revenue', which is not a date either"),
        new(
            "csv-header-metric-without-date-and-value",
            CsvText("metric,day,amount\nrevenue,2026-07-01,5\n"),
            $"{Csv}(1): error OKR0202",
            "header has columns 'metric', 'day', 'amount': a long file needs 'metric', 'date' and 'value' columns, and 'date' and 'value' are missing"),
        new(
            "csv-header-without-value",
            CsvText("metric,date,amount\nrevenue,2026-07-01,5\n"),
            $"{Csv}(1): error OKR0202",
            "header has columns 'metric', 'date', 'amount': a long file needs 'metric', 'date' and 'value' columns, and 'value' is missing"),
        new(
            "csv-header-single-column",
            CsvText("values\n5\n"),
            $"{Csv}(1): error OKR0202",
            "header has the column 'values': expected 'metric,date,value[,note]' (long)"),
        new(
            "csv-header-duplicate-column",
            CsvText("metric,date,value,value\nrevenue,2026-07-01,5,6\n"),
            $"{Csv}(1,19): error OKR0202",
            "header has the column 'value' twice (columns 3 and 4); keep one of them"),
        new(
            "csv-header-date-column-only",
            CsvText("date\n2026-07-01\n"),
            $"{Csv}(1): error OKR0202",
            "header has only the date column 'date' and no metric columns"),

        // ---- CSV rows ------------------------------------------------------------------------------------------
        new("csv-row-too-few-fields", Long("revenue,2026-07-01"), $"{Csv}(2): error OKR0205", "row has 2 fields but the header has 3; add the missing cells"),
        new("csv-row-too-many-fields", Long("revenue,2026-07-01,1,200"), $"{Csv}(2): error OKR0205", "row has 4 fields but the header has 3; a value that contains the delimiter ',' must be quoted"),
        new("csv-wide-row-too-many-fields", CsvText("Date;visits\n01.07.2026;1;2\n"), $"{Csv}(2): error OKR0205", "row has 3 fields but the header has 2; a value that contains the delimiter ';' must be quoted"),
        new("csv-unterminated-quote", Long("revenue,2026-07-01,\"12"), $"{Csv}(2,20): error OKR0209", "quoted field is never closed"),
        new("csv-unterminated-quote-in-header", CsvText("metric,\"date,value\nrevenue,2026-07-01,5\n"), $"{Csv}(1,8): error OKR0209", "header row: quoted field is never closed"),
        new("csv-quote-inside-unquoted-field", Long("revenue,2026-07-01,12\"3"), $"{Csv}(2,22): error OKR0209", "quote inside an unquoted field; quote the whole value"),
        new("csv-text-after-closing-quote", Long("revenue,2026-07-01,\"12\"x"), $"{Csv}(2,24): error OKR0209", "text after the closing quote of a quoted field"),

        // ---- CSV values ----------------------------------------------------------------------------------------
        new("csv-value-1.2.3", Long("revenue,2026-07-01,1.2.3"), $"{Csv}(2,20): error OKR0203", "value '1.2.3' for metric 'revenue' is not a number"),
        new("csv-value-NaN", Long("revenue,2026-07-01,NaN"), $"{Csv}(2,20): error OKR0203", "value 'NaN' for metric 'revenue' is not a number"),
        new("csv-value-Infinity", Long("revenue,2026-07-01,Infinity"), $"{Csv}(2,20): error OKR0203", "value 'Infinity' for metric 'revenue' is not a number"),
        new("csv-value-minus-Infinity", Long("revenue,2026-07-01,-Infinity"), $"{Csv}(2,20): error OKR0203", "value '-Infinity' for metric 'revenue' is not a number"),
        new("csv-value-1e400", Long("revenue,2026-07-01,1e400"), $"{Csv}(2,20): error OKR0203", "value '1e400' for metric 'revenue' is too large to be a number"),
        new("csv-value-minus-1e400", Long("revenue,2026-07-01,-1e400"), $"{Csv}(2,20): error OKR0203", "value '-1e400' for metric 'revenue' is too large to be a number"),
        new("csv-value-1e-400", Long("revenue,2026-07-01,1e-400"), $"{Csv}(2,20): error OKR0203", "value '1e-400' for metric 'revenue' is nearer to 0 than the smallest number (5e-324) and would read as 0; write 0 if it is 0"),
        new("csv-wide-value-minus-1e-400", CsvText("date,visits\n2026-07-01,-1e-400\n"), $"{Csv}(2,12): error OKR0203", "value '-1e-400' for metric 'visits' is nearer to 0 than the smallest number"),
        new("csv-value-huge-digits", Long("revenue,2026-07-01," + new string('9', 400)), $"{Csv}(2,20): error OKR0203", "for metric 'revenue' is not a number"),
        new("csv-value-12abc", Long("revenue,2026-07-01,12abc"), $"{Csv}(2,20): error OKR0203", "value '12abc' for metric 'revenue' is not a number"),
        new("csv-value-decimal-comma-in-comma-file", Long("revenue,2026-07-01,\"1,5\""), $"{Csv}(2,20): error OKR0203", "set csv.decimal to ','"),
        new("csv-value-without-metric", Long(",2026-07-01,5"), $"{Csv}(2,1): error OKR0203", "row has a value but no metric id"),
        new("csv-wide-value-NaN", CsvText("date,visits\n2026-07-01,NaN\n"), $"{Csv}(2,12): error OKR0203", "value 'NaN' for metric 'visits' is not a number"),

        // ---- CSV dates -----------------------------------------------------------------------------------------
        new("csv-date-2026-02-30", Long("revenue,2026-02-30,5"), $"{Csv}(2,9): error OKR0204", "date '2026-02-30' does not exist"),
        new("csv-date-31.04.2026", CsvText("Date;visits\n31.04.2026;5\n"), $"{Csv}(2,1): error OKR0204", "date '31.04.2026' does not exist"),
        new("csv-date-month-13", Long("revenue,2026/13/01,5"), $"{Csv}(2,9): error OKR0204", "date '2026/13/01' does not exist"),
        new("csv-date-unknown-format", Long("revenue,07/01/2026,5"), $"{Csv}(2,9): error OKR0204", "date '07/01/2026' is not in a known format; write it as yyyy-MM-dd"),
        new("csv-date-missing", Long("revenue,,5"), $"{Csv}(2,9): error OKR0204", "row has a value but no date"),
        new("csv-date-0000-01-01", Long("revenue,0000-01-01,5"), $"{Csv}(2,9): error OKR0220", "date '0000-01-01' is outside the supported dates 0100-01-01 to 9998-12-31; check the year"),
        new("csv-date-0001-01-01", Long("revenue,0001-01-01,5"), $"{Csv}(2,9): error OKR0220", "date '0001-01-01' is outside the supported dates 0100-01-01 to 9998-12-31"),
        new("csv-date-0099-12-31", Long("revenue,0099-12-31T23:59Z,5"), $"{Csv}(2,9): error OKR0220", "date '0099-12-31T23:59Z' is outside the supported dates"),
        new("csv-date-9999-12-31", Long("revenue,9999-12-31,5"), $"{Csv}(2,9): error OKR0220", "date '9999-12-31' is outside the supported dates 0100-01-01 to 9998-12-31"),
        new("csv-wide-date-31.12.9999", CsvText("Date;visits\n31.12.9999;5\n"), $"{Csv}(2,1): error OKR0220", "date '31.12.9999' is outside the supported dates"),
        new("csv-custom-date-9999", File("site.json", "{ \"title\": \"x\", \"asOf\": \"2026-08-15\", \"csv\": { \"dateFormat\": \"MM/dd/yyyy\" } }\n") + Long("revenue,12/31/9999,5"), $"{Csv}(2,9): error OKR0220", "date '12/31/9999' is outside the supported dates"),

        // ---- encodings -----------------------------------------------------------------------------------------
        new(
            "csv-windows-1252",
            Bytes(Csv, [.. "metric,date,value,note\nrevenue,2026-07-01,5,caf"u8, 0xE9, (byte)'\n']),
            $"{Csv}(2,25): error OKR0207",
            "file is not UTF-8 (byte 0xE9 here is not valid UTF-8"),
        new(
            "csv-utf16",
            Bytes(Csv, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("metric,date,value\nrevenue,2026-07-01,5\n")]),
            $"{Csv}(1): error OKR0207",
            "file is UTF-16, not UTF-8"),
        new(
            "md-windows-1252",
            Bytes(Okr, [.. "---\ntitle: Caf"u8, 0xE9, .. "\nkey_results:\n  - title: x\n    done: true\n---\n"u8]),
            $"{Okr}: error OKR0112",
            "the file is not UTF-8 text; save it as UTF-8"),
        new(
            "md-team-latin1",
            Bytes("content/teams/sales.md", [.. "---\nname: Verk"u8, 0xE4, .. "ufer\n---\n"u8]),
            "content/teams/sales.md: error OKR0112",
            "the file is not UTF-8 text"),

        // ---- YAML that does not parse --------------------------------------------------------------------------
        new("yaml-unclosed-quote", File(Okr, Objective("title: \"Grow\n" + Kr)), $"{Okr}(2,8): error OKR0102", "front matter is not valid YAML: While scanning a multi-line double-quoted scalar, found wrong indentation"),
        new("yaml-bad-indentation", File(Okr, Objective("title: Grow\nkey_results:\n  - title: a\n   done: true\n")), $"{Okr}(5,4): error OKR0102", "front matter is not valid YAML: While parsing a block collection, did not find expected '-' indicator"),
        new("yaml-mapping-in-scalar", File(Okr, Objective("title: a: b\n" + Kr)), $"{Okr}(2,9): error OKR0102", "front matter is not valid YAML: While scanning a plain scalar value, found invalid mapping"),
        new("yaml-tab-indentation", File(Okr, Objective("title: Grow\nkey_results:\n\t- title: a\n")), $"{Okr}(2,1): error OKR0102", "front matter is not valid YAML: While scanning a mapping, found invalid tab as indentation"),
        new("yaml-unclosed-flow", File(Okr, Objective("title: [Grow\n" + Kr)), $"{Okr}(2,8): error OKR0102", "front matter is not valid YAML: a '[', '{' or quote is not closed"),
        new("yaml-duplicate-key", File(Okr, Objective("title: Grow\ntitle: Again\n" + Kr)), $"{Okr}(3,1): error OKR0102", "front matter is not valid YAML: Duplicate key title"),
        new("yaml-undefined-alias", File(Okr, Objective("title: *nowhere\n" + Kr)), $"{Okr}(2,8): error OKR0102", "front matter: anchors and aliases (&name, *name) are not supported; write the value out"),
        new("yaml-self-referencing-key", File(Okr, Objective("? &a [*a]\n: 1\ntitle: Grow\n" + Kr)), $"{Okr}(2,3): error OKR0102", "front matter: anchors and aliases (&name, *name) are not supported"),
        new("yaml-list-as-key", File(Okr, Objective("? [a, b]\n: 1\ntitle: Grow\n" + Kr)), $"{Okr}(2,3): error OKR0102", "front matter: a key must be a plain name such as 'title', not a list or a mapping"),
        new("yaml-nested-10000-deep", File(Okr, Objective("title: " + new string('[', 10_000) + new string(']', 10_000) + "\n" + Kr)), $"{Okr}(2,39): error OKR0102", "front matter: the front matter is nested more than 32 levels deep"),
        new("yaml-list-not-fields", File(Okr, Objective("- a\n- b\n")), $"{Okr}(2,1): error OKR0102", "the front matter must be fields"),
        new("front-matter-unclosed", File(Okr, "---\ntitle: Grow\n" + Kr), $"{Okr}(1,1): error OKR0101", "has no closing '---' line"),
        new("front-matter-missing", File(Okr, "# Grow\n\nNo front matter.\n"), $"{Okr}(1,1): error OKR0101", "must start with YAML front matter"),

        // ---- front matter of the wrong type --------------------------------------------------------------------
        new("weight-heavy", File(Okr, Objective("title: Grow\nkey_results:\n  - title: a\n    weight: heavy\n    done: true\n")), $"{Okr}(5,13): error OKR0104", "weight must be a number, but is 'heavy'"),
        new("key-results-3", File(Okr, Objective("title: Grow\nkey_results: 3\n")), $"{Okr}(3,14): error OKR0104", "key_results must be a list of key results (lines starting with '- '), but is '3'"),
        new("aligns-to-mapping", File(Okr, Objective("title: Grow\naligns_to: {a: b}\n" + Kr)), $"{Okr}(3,12): error OKR0104", "aligns_to must be an id or a list of ids, but is a mapping of fields"),
        new("title-list", File(Okr, Objective("title: [a, b]\n" + Kr)), $"{Okr}(2,8): error OKR0104", "title must be text, but is a list"),
        new("target-1e400", File(Okr, Objective("title: Grow\nkey_results:\n  - title: a\n    current: 5\n    baseline: 1\n    target: 1e400\n")), $"{Okr}(7,13): error OKR0104", "target must be a number, but is '1e400'"),
        new("target-1e-400", File(Okr, Objective("title: Grow\nkey_results:\n  - title: a\n    current: 5\n    baseline: 0\n    target: 1e-400\n")), $"{Okr}(7,13): error OKR0104", "target must be a number, but is '1e-400', which is nearer to 0 than the smallest number (5e-324) and would read as 0"),
        new("kpi-green-Infinity", File("content/kpis/revenue.md", "---\nname: Revenue\ngreen: Infinity\nred: -1e999\n---\n"), "content/kpis/revenue.md(3,8): error OKR0104", "green must be a number, but is 'Infinity'", Errors: 2),
        new("done-maybe", File(Okr, Objective("title: Grow\nkey_results:\n  - title: a\n    done: maybe\n")), $"{Okr}(5,11): error OKR0104", "done must be true or false, but is 'maybe'"),
        new("kr-is-text", File(Okr, Objective("title: Grow\nkey_results:\n  - just a line\n")), $"{Okr}(4,5): error OKR0104", "each entry of 'key_results' must be a key result with fields such as 'title:', not a value", Errors: 2),
        new("progress-out-of-range", File(Okr, Objective("title: Grow\nkey_results:\n  - title: a\n    progress: 1.5\n")), $"{Okr}(5,15): error OKR0110", "progress 1.5 must be between 0 and 1"),
        new("direction-up", File("content/kpis/revenue.md", "---\nname: Revenue\ndirection: up\n---\n"), "content/kpis/revenue.md(3,12): error OKR0108", "direction 'up' of a KPI is not one of: higher, lower"),

        // ---- objectives without key results ----------------------------------------------------------------------
        new("objective-without-key-results", File(Okr, Objective("title: Grow\n")), $"{Okr}(2,1): error OKR0111", "an objective needs 'key_results:'"),
        new("objective-empty-key-results", File(Okr, Objective("title: Grow\nkey_results: []\n")), $"{Okr}(3,1): error OKR0111", "key_results is empty"),

        // ---- ids ---------------------------------------------------------------------------------------------
        new("id-upper-case", File(Okr, Objective("id: Grow\ntitle: Grow\n" + Kr)), $"{Okr}(2,5): error OKR0106", "id 'Grow' may only contain a-z, 0-9 and '-'; for example 'grow'"),
        new("id-space", File(Okr, Objective("id: grow fast\ntitle: Grow\n" + Kr)), $"{Okr}(2,5): error OKR0106", "id 'grow fast' may only contain a-z, 0-9 and '-'"),
        new("id-dot-dot", File(Okr, Objective("id: ../etc\ntitle: Grow\n" + Kr)), $"{Okr}(2,5): error OKR0106", "id '../etc' may only contain a-z, 0-9 and '-'"),
        new("id-slash", File(Okr, Objective("id: a/b\ntitle: Grow\n" + Kr)), $"{Okr}(2,5): error OKR0106", "id 'a/b' may only contain a-z, 0-9 and '-'"),
        new("kr-id-slash", File(Okr, Objective("title: Grow\nkey_results:\n  - id: kr/1\n    title: a\n    done: true\n")), $"{Okr}(4,9): error OKR0106", "key result id 'kr/1' may only contain a-z, 0-9 and '-'"),
        new("team-id-upper-case", File("content/teams/sales.md", "---\nid: Sales\nname: Sales\n---\n"), "content/teams/sales.md(2,5): error OKR0106", "id 'Sales' may only contain"),
        new("file-name-upper-case", Moved("content/okrs/2026-Q3/Grow.md"), "content/okrs/2026-Q3/Grow.md(1,1): error OKR0106", "the file name 'Grow.md' is not a valid id"),
        new("file-name-space", Moved("content/okrs/2026-Q3/grow fast.md"), "content/okrs/2026-Q3/grow fast.md(1,1): error OKR0106", "the file name 'grow fast.md' is not a valid id"),
        new("file-name-dot-dot", Moved("content/okrs/2026-Q3/grow..fast.md"), "content/okrs/2026-Q3/grow..fast.md(1,1): error OKR0106", "the file name 'grow..fast.md' is not a valid id"),
        new("file-name-backslash", Moved("content/okrs/2026-Q3/grow\\fast.md"), "content/okrs/2026-Q3/grow\\fast.md(1,1): error OKR0106", "the file name 'grow\\fast.md' is not a valid id"),
        // Ids.IsValid once used ^[a-z0-9-]+$, whose '$' also matches before a final line feed; the file name is shown escaped.
        new("file-name-newline", Moved("content/okrs/2026-Q3/grow\n.md"), "content/okrs/2026-Q3/grow\\n.md(1,1): error OKR0106", "the file name 'grow\\n.md' is not a valid id"),
        new(
            "id-invalid-with-three-more-problems",
            File(Okr, Objective("id: Bad_Id\ntitel: Grow\ntitle: Grow\nperiod: 2026-Q7\nkey_results:\n  - title: a\n    weight: heavy\n    done: true\n")),
            $"{Okr}(2,5): error OKR0106",
            "id 'Bad_Id' may only contain a-z, 0-9 and '-'",
            Errors: 3,
            Warnings: 1),
        new("kpi-file-name-upper-case", File("content/kpis/Revenue.md", "---\nname: Revenue\n---\n"), "content/kpis/Revenue.md(1,1): error OKR0106", "the file name 'Revenue.md' is not a valid id"),

        // ---- periods -----------------------------------------------------------------------------------------
        new("period-2026-Q5", File(Okr, Objective("title: Grow\nperiod: 2026-Q5\n" + Kr)), $"{Okr}(3,9): error OKR0109", "period '2026-Q5' is not a period"),
        new("period-folder-2026-Q5", Moved("content/okrs/2026-Q5/grow.md"), "content/okrs/2026-Q5/grow.md(2,1): error OKR0109", "an objective needs a 'period' such as 2026-Q3"),
        new("period-2026-H3", File(Okr, Objective("title: Grow\nperiod: 2026-H3\n" + Kr)), $"{Okr}(3,9): error OKR0109", "period '2026-H3' is not a period"),
        new("period-0099-Q4", File(Okr, Objective("title: Grow\nperiod: 0099-Q4\n" + Kr)), $"{Okr}(3,9): error OKR0109", "period '0099-Q4' is outside the supported years 0100 to 9998"),
        new("period-9999", File(Okr, Objective("title: Grow\nperiod: 9999\n" + Kr)), $"{Okr}(3,9): error OKR0109", "period '9999' is outside the supported years 0100 to 9998"),

        // ---- Markdown bodies nested too deep -------------------------------------------------------------------
        new("md-objective-quotes-100000-deep", File(Okr, GoodObjective.Replace("Body.", new string('>', 100_000) + " x", StringComparison.Ordinal)), $"{Okr}(7,1): error OKR0120", "the Markdown body is nested more than 64 levels deep"),
        new("md-objective-brackets-100000-deep", File(Okr, GoodObjective.Replace("Body.", new string('[', 100_000), StringComparison.Ordinal)), $"{Okr}(7,1): error OKR0120", "flatten it"),
        new("md-kpi-list-markers-100000-deep", File("content/kpis/revenue.md", "---\nname: Revenue\n---\n" + string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n"), "content/kpis/revenue.md(4,1): error OKR0120", "nested more than 64 levels deep"), // no OKR0230 for base.csv's revenue column: its KPI file is unread
        new("md-team-quotes-100000-deep", File("content/teams/sales.md", "---\nname: Sales\n---\n" + string.Concat(Enumerable.Repeat("> ", 100_000)) + "x\n"), "content/teams/sales.md(4,1): error OKR0120", "nested more than 64 levels deep"),
        new("md-index-brackets-100000-deep", File("content/index.md", "# Welcome\n\n" + new string('[', 100_000) + "\n"), "content/index.md(1,1): error OKR0120", "nested more than 64 levels deep"),

        // ---- site.json -----------------------------------------------------------------------------------------
        new("site-json-not-json", File("site.json", "{ title: \"x\" }\n"), "site.json(1,3): error OKR0002", "site.json is not valid JSON"),
        new("site-json-missing-comma", File("site.json", "{\n  \"title\": \"x\"\n  \"asOf\": \"2026-08-15\"\n}\n"), "site.json(3,3): error OKR0002", "site.json is not valid JSON"),
        new("site-json-array", File("site.json", "[ { \"title\": \"x\" } ]\n"), "site.json(1,1): error OKR0002", "site.json must be a JSON object"),
        new("site-json-string", File("site.json", "\"title\"\n"), "site.json(1,1): error OKR0002", "site.json must be a JSON object"),
        new("site-json-windows-1252", Bytes("site.json", [.. "{ \"title\": \"Caf"u8, 0xE9, .. "\", \"asOf\": \"2026-08-15\" }\n"u8]), "site.json(1,16): error OKR0002", "site.json is not UTF-8 text (byte 0xE9 here); save it as UTF-8"),
        new("site-json-lone-surrogate-escape", File("site.json", "{ \"title\": \"Caf\\udc00\", \"asOf\": \"2026-08-15\" }\n"), "site.json(1,1): error OKR0002", "site.json has a \\u escape that is not a valid character (a lone surrogate"),
        new("site-json-line-break-in-value", File("site.json", "{ \"title\": \"x\", \"asOf\": \"2026-08-15\", \"period\": \"2026\\nQ5\" }\n"), "site.json(1,39): error OKR0004", "period '2026\\nQ5' is not a period"),
        new("site-json-period-2026-Q5", File("site.json", "{ \"title\": \"x\", \"asOf\": \"2026-08-15\", \"period\": \"2026-Q5\" }\n"), "site.json(1,39): error OKR0004", "period '2026-Q5' is not a period; write 2026, 2026-H1, 2026-H2 or 2026-Q1 to 2026-Q4"),
        // The minimal site's data gives a report date, so a bad asOf is one error, not also "no report date" (OKR0310).
        new("site-json-as-of-2026-02-30", File("site.json", "{ \"title\": \"x\", \"asOf\": \"2026-02-30\" }\n"), "site.json(1,17): error OKR0004", "asOf '2026-02-30' is not a date; write it as yyyy-MM-dd", Errors: 1),
        new("site-json-as-of-0001-01-01", File("site.json", "{ \"title\": \"x\", \"asOf\": \"0001-01-01\" }\n"), "site.json(1,17): error OKR0004", "asOf '0001-01-01' is outside the supported dates 0100-01-01 to 9998-12-31", Errors: 1),
        new("site-json-as-of-9999-12-31", File("site.json", "{ \"title\": \"x\", \"asOf\": \"9999-12-31\" }\n"), "site.json(1,17): error OKR0004", "asOf '9999-12-31' is outside the supported dates", Errors: 1),
        new("site-json-no-title", File("site.json", "{ \"asOf\": \"2026-08-15\" }\n"), "site.json(1,1): error OKR0005", "site.json needs a \"title\""),
        new("site-json-title-number", File("site.json", "{ \"title\": 5, \"asOf\": \"2026-08-15\" }\n"), "site.json(1,3): error OKR0004", "title must be a string in quotes", Errors: 2),
    ];

    /// <summary>The valid objective under another path instead of the usual one.</summary>
    private static Action<TempSite> Moved(string path) => site =>
    {
        System.IO.File.Delete(Path.Combine(site.Root, Okr));
        site.File(path, GoodObjective);
    };

    public static BadInputCase Get(string name) => All.Single(c => c.Name == name);
}
