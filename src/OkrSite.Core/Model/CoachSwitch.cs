using System.Collections.Immutable;
using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model;

/// <summary>
/// The coach's switch written in one content file's front matter: <c>coach: off</c> silences every check for that
/// objective, KPI or team, <c>coach: { off: [OKR0501, business-as-usual] }</c> the checks it names (by code or name).
/// The names are checked by the coach stage, which knows the checks; here they are kept as written, with positions.
/// </summary>
public sealed record CoachSwitch(bool AllOff, ImmutableArray<CoachSwitchEntry> Off)
{
    /// <summary>Every check on: what a file without <c>coach:</c> has.</summary>
    public static CoachSwitch On { get; } = new(false, []);

    public static CoachSwitch AllChecksOff(SourceSpan at) => new(true, [new CoachSwitchEntry("all", at)]);
}

/// <summary>One entry of an <c>off</c> list as written (a code such as OKR0501, a check's name, or "all") and where.</summary>
public readonly record struct CoachSwitchEntry(string Name, SourceSpan At);
