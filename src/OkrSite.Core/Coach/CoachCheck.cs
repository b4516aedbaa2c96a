using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Coach;

/// <summary>
/// One method check of the OKR coach, like an analyzer: a code, a name a switch can use instead of the code, a
/// short title for the attention panel, and a pure function from the report (through <see cref="CoachContext"/>)
/// to its findings. The stage (<see cref="OkrCoach"/>) applies the switches; a check only looks.
/// </summary>
internal abstract class CoachCheck
{
    public abstract DiagnosticCode Code { get; }

    /// <summary>The name a switch may use instead of the code ("key-results"): lower case and '-'.</summary>
    public abstract string Name { get; }

    /// <summary>The heading of the check in the attention panel and in docs/coach.md.</summary>
    public abstract string Title { get; }

    /// <summary>Why the practice matters and where it comes from, in a sentence or two: the site's coach page shows it.</summary>
    public abstract string Why { get; }

    public abstract IEnumerable<CoachFinding> Run(CoachContext context);
}
