namespace OkrSite.Core.Diagnostics;

/// <summary>A documented diagnostic: its id, default severity, what causes it and how to fix it (docs/diagnostics.md lists every one).</summary>
internal sealed record DiagnosticCode(string Id, Severity Severity, string Cause, string Fix);
