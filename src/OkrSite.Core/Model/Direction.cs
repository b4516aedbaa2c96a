namespace OkrSite.Core.Model;

/// <summary>Which way a KPI is better.</summary>
public enum Direction
{
    Higher,
    Lower,
}
