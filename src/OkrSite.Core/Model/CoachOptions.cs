using System.Collections.Immutable;

namespace OkrSite.Core.Model;

/// <summary>
/// site.json <c>coach</c>: the thresholds of the method checks, the checks switched off for the whole site, and
/// whether <c>--warnings-as-errors</c> counts the coach's findings (<see cref="Strict"/>). Defaults follow the
/// practice each check cites (docs/coach.md).
/// </summary>
public sealed record CoachOptions
{
    public static CoachOptions Default { get; } = new();

    /// <summary>Fewer key results than this is a finding (OKR0501).</summary>
    public int MinKeyResults { get; init; } = 2;

    /// <summary>More key results than this is a finding (OKR0501).</summary>
    public int MaxKeyResults { get; init; } = 5;

    /// <summary>More objectives than this for one team in one period is a finding (OKR0502).</summary>
    public int ObjectivesPerTeam { get; init; } = 5;

    /// <summary>More KPIs than this for one team is a finding (OKR0510).</summary>
    public int KpisPerTeam { get; init; } = 10;

    /// <summary>A KPI's latest value moving by more than this fraction of the previous one, the bad way, is a finding (OKR0512).</summary>
    public double AlertChange { get; init; } = 0.2;

    /// <summary>A team's mean score above this in two closed periods in a row is a finding (OKR0507).</summary>
    public double HighScore { get; init; } = 0.9;

    /// <summary>A team's mean score below this in two closed periods in a row is a finding (OKR0508).</summary>
    public double LowScore { get; init; } = 0.3;

    /// <summary>A first check-in's confidence below this (0–10) is a finding (OKR0514).</summary>
    public double LowConfidence { get; init; } = 3;

    /// <summary>A first check-in's confidence above this (0–10) is a finding (OKR0514).</summary>
    public double HighConfidence { get; init; } = 7;

    /// <summary>The words that make a title business as usual (OKR0505); null uses the built-in English list.</summary>
    public ImmutableArray<string>? BusinessAsUsual { get; init; }

    /// <summary>The checks switched off for the whole site, as written (code, name or "all").</summary>
    public ImmutableArray<CoachSwitchEntry> Off { get; init; } = [];

    /// <summary>True: <c>--warnings-as-errors</c> makes the coach's findings errors too; false (the default): they stay advice.</summary>
    public bool Strict { get; init; }
}
