using System.Globalization;
using System.Text;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Cli.Serve;

/// <summary>
/// What every page shows while the site does not build: each diagnostic with its file, line, column, code and
/// message, all escaped (a message quotes the user's text, which may hold markup).
/// </summary>
internal static class ErrorPage
{
    public static string Render(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        var body = new StringBuilder();
        body.Append("<h1>The site did not build</h1>\n<p>")
            .Append(CultureInfo.InvariantCulture, $"{errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}. ")
            .Append("Fix the files below and save: this page reloads by itself when the site builds again.</p>\n")
            .Append("<table>\n<thead><tr><th>File</th><th>Line</th><th>Column</th><th>Code</th><th>Message</th></tr></thead>\n<tbody>\n");
        foreach (var d in diagnostics)
        {
            var severity = d.IsError ? "error" : "warning";
            body.Append("<tr>")
                .Append("<td><code>").Append(ServePage.Escape(d.File ?? "(site)")).Append("</code></td>")
                .Append("<td>").Append(d.Line > 0 ? d.Line.ToString(CultureInfo.InvariantCulture) : string.Empty).Append("</td>")
                .Append("<td>").Append(d.Column > 0 ? d.Column.ToString(CultureInfo.InvariantCulture) : string.Empty).Append("</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"{severity}\">{severity} {ServePage.Escape(d.Code)}</td>")
                .Append("<td class=\"message\">").Append(ServePage.Escape(d.Message)).Append("</td>")
                .Append("</tr>\n");
        }

        body.Append("</tbody>\n</table>");
        return ServePage.Shell("Build failed: okrsite serve", body.ToString());
    }
}
