using System.Collections.Frozen;
using OkrSite.Core.Diagnostics;
using OkrSite.Core.Pipeline;

namespace OkrSite.Cli.Serve;

/// <summary>
/// The files of one build as serve answers from them: held whole (<see cref="InMemory"/>), or made when first asked
/// for by an on-demand build (<see cref="OnDemand"/>, what <see cref="SitePreview"/> uses) so that a save costs the
/// page being viewed, not the whole site. Either way only paths the build produced exist.
/// </summary>
internal abstract class SiteFiles
{
    public static SiteFiles None { get; } = new InMemory(FrozenDictionary<string, byte[]>.Empty);

    /// <summary>Every path of the build, in the output.</summary>
    public abstract IReadOnlyCollection<string> Paths { get; }

    public abstract bool Contains(string path);

    /// <summary>Whether the file is made already (held whole, or made by an earlier request of the same build).</summary>
    public virtual bool IsMade(string path) => Contains(path);

    /// <summary>The file's bytes, or null with the errors that kept it from being made (a template that failed).</summary>
    public abstract byte[]? Get(string path, out IReadOnlyList<Diagnostic> errors);

    /// <summary>Every file, each made if it was not yet: for tests, which compare whole sites.</summary>
    public IEnumerable<KeyValuePair<string, byte[]>> ReadAll()
    {
        foreach (var path in Paths.Order(StringComparer.Ordinal))
        {
            if (Get(path, out var errors) is { } content)
            {
                yield return new(path, content);
            }
            else
            {
                throw new InvalidOperationException($"{path} could not be made: {string.Join("; ", errors)}");
            }
        }
    }

    public sealed class InMemory(FrozenDictionary<string, byte[]> files) : SiteFiles
    {
        public FrozenDictionary<string, byte[]> Files { get; } = files;

        public override IReadOnlyCollection<string> Paths => Files.Keys;

        public override bool Contains(string path) => Files.ContainsKey(path);

        public override byte[]? Get(string path, out IReadOnlyList<Diagnostic> errors)
        {
            errors = [];
            return Files.GetValueOrDefault(path);
        }
    }

    public sealed class OnDemand(OnDemandSite site) : SiteFiles
    {
        public OnDemandSite Site { get; } = site;

        public override IReadOnlyCollection<string> Paths => Site.Paths;

        public override bool Contains(string path) => Site.Contains(path);

        public override bool IsMade(string path) => Site.IsMade(path);

        public override byte[]? Get(string path, out IReadOnlyList<Diagnostic> errors) => Site.Get(path, out errors);
    }
}
