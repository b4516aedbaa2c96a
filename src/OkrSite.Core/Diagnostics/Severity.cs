namespace OkrSite.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
