namespace OkrSite.Core.Model;

/// <summary>Where a key result's baseline or current value came from: written in the front matter, or looked up in the data.</summary>
public enum ValueSource
{
    None,
    Explicit,
    Data,
}
