namespace OkrSite.Core.Model;

/// <summary>
/// What an objective promises: an aspirational one (the default) is a success at 0.7, a committed one only at 1.0.
/// Its status and its final <see cref="Verdict"/> follow the kind (<c>Compute.StatusRule</c>, <c>Compute.VerdictRule</c>).
/// </summary>
public enum ObjectiveKind
{
    Aspirational,
    Committed,
}
