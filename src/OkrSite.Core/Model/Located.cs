using OkrSite.Core.Diagnostics;

namespace OkrSite.Core.Model;

/// <summary>A value together with where it was written, for references that later stages check.</summary>
internal readonly record struct Located<T>(T Value, SourceSpan At);
