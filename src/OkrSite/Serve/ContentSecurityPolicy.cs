namespace OkrSite.Cli.Serve;

/// <summary>
/// Widens a page's Content-Security-Policy by exactly what the reload script needs: the script by its hash and a
/// connection to the server itself. Every other directive is kept as written, and the widening follows CSP's own
/// fallbacks, so a policy that already allowed something (through default-src or 'unsafe-inline') still does.
/// </summary>
internal static class ContentSecurityPolicy
{
    public static string AllowReloadScript(string policy, string scriptHashSource)
    {
        var directives = policy.Split(';')
            .Select(d => d.Trim())
            .Where(d => d.Length > 0)
            .Select(d => new Directive(d))
            .ToList();
        var defaults = directives.FirstOrDefault(d => d.Name == "default-src");

        // script-src-elem, when a theme writes it, is what governs <script> elements; script-src is the fallback.
        Widen(directives, "script-src", defaults, scriptHashSource, ScriptAllowsInline);
        if (directives.FirstOrDefault(d => d.Name == "script-src-elem") is { } elements)
        {
            elements.Add(scriptHashSource, ScriptAllowsInline);
        }

        Widen(directives, "connect-src", defaults, "'self'", _ => false);
        return string.Join("; ", directives.Select(d => d.Text));
    }

    /// <summary>
    /// 'unsafe-inline' already allows every inline script, but only while the list has no hash or nonce: adding a
    /// hash would switch it off and block the theme's own inline scripts.
    /// </summary>
    private static bool ScriptAllowsInline(IReadOnlyList<string> sources) =>
        sources.Contains("'unsafe-inline'", StringComparer.OrdinalIgnoreCase)
        && !sources.Any(s => s.StartsWith("'sha", StringComparison.OrdinalIgnoreCase) || s.StartsWith("'nonce-", StringComparison.OrdinalIgnoreCase) || s.Equals("'strict-dynamic'", StringComparison.OrdinalIgnoreCase));

    private static void Widen(List<Directive> directives, string name, Directive? defaults, string source, Func<IReadOnlyList<string>, bool> alreadyAllowed)
    {
        if (directives.FirstOrDefault(d => d.Name == name) is { } own)
        {
            own.Add(source, alreadyAllowed);
        }
        else if (defaults is not null)
        {
            // Without its own directive the kind falls back to default-src: start from that, so nothing it allowed is lost.
            var added = new Directive($"{name} {string.Join(' ', defaults.Sources)}".TrimEnd());
            added.Add(source, alreadyAllowed);
            directives.Add(added);
        }

        // No directive and no default-src: the policy does not restrict this kind at all.
    }

    private sealed class Directive
    {
        public Directive(string text)
        {
            var parts = text.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries);
            Name = parts[0].ToLowerInvariant();
            Sources = [.. parts.Skip(1)];
            Text = text;
        }

        public string Name { get; }

        public List<string> Sources { get; }

        /// <summary>The directive as the page wrote it, until <see cref="Add"/> changes it.</summary>
        public string Text { get; private set; }

        public void Add(string source, Func<IReadOnlyList<string>, bool> alreadyAllowed)
        {
            if (Sources.Contains(source, StringComparer.OrdinalIgnoreCase) || alreadyAllowed(Sources))
            {
                return;
            }

            // 'none' must stand alone: with another source it makes the directive invalid.
            Sources.RemoveAll(s => s.Equals("'none'", StringComparison.OrdinalIgnoreCase));
            Sources.Add(source);
            Text = $"{Name} {string.Join(' ', Sources)}";
        }
    }
}
