namespace OkrSite.Core.Model;

/// <summary>How a key result or objective stands against the progress expected by the report date.</summary>
public enum Status
{
    NoData,
    NotStarted,
    OffTrack,
    AtRisk,
    OnTrack,
}
