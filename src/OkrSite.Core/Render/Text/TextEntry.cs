using System.Text;

namespace OkrSite.Core.Render.Text;

/// <summary>
/// One key of a resource file: a composite format ("{0} of {1} behind plan"), or plural forms picked by the first
/// argument (<see cref="One"/> for exactly one, <see cref="Other"/> otherwise). Where it was written, for messages.
/// </summary>
internal sealed record TextEntry(string Key, CompositeFormat Other, CompositeFormat? One, string File, int Line)
{
    public bool IsPlural => One is not null;

    /// <summary>The most arguments any of its forms reads: {0} and {2} read three.</summary>
    public int Arguments => Math.Max(Other.MinimumArgumentCount, One?.MinimumArgumentCount ?? 0);
}
