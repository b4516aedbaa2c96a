namespace OkrSite.Core.Model;

/// <summary>A leading indicator moves before the outcome it predicts; a lagging one only shows the outcome, often too late for a quarter.</summary>
public enum Indicator
{
    Leading,
    Lagging,
}
