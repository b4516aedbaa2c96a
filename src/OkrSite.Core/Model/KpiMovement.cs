namespace OkrSite.Core.Model;

/// <summary>Which way a KPI's latest change went, judged by its <see cref="Direction"/>: a rise is better only when higher is better.</summary>
public enum KpiMovement
{
    Better,
    Worse,
    Unchanged,
}
