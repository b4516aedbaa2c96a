namespace OkrSite.Core.Model;

/// <summary>
/// One check-in on a key result: its date, optionally a value and a confidence (0–10, words and "n/10" already
/// mapped to the scale), and a plain-text comment. <see cref="Origin"/> is the check-ins CSV row or the
/// <c>checkins:</c> entry it was read from (its field is always "checkins").
/// </summary>
public sealed record CheckIn(DateOnly Date, double? Value, double? Confidence, string? Comment, ValueOrigin Origin)
{
    /// <summary>The field name every check-in's origin carries, so report.json tells a check-in's figure from a data row's.</summary>
    public const string Field = "checkins";
}
