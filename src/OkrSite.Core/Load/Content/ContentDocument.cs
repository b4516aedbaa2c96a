using OkrSite.Core.Diagnostics;
using OkrSite.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace OkrSite.Core.Load.Content;

/// <summary>A content file split into its parsed front matter and its Markdown body.</summary>
internal sealed record ContentDocument(string File, YamlFields Fields, MarkdownText Body)
{
    /// <summary>Null when the file has no usable front matter (the diagnostics say why).</summary>
    public static ContentDocument? Parse(string file, string text, DiagnosticBag diagnostics, bool frontMatterRequired = true)
    {
        var split = FrontMatter.Split(text);
        if (!split.Found)
        {
            if (frontMatterRequired)
            {
                diagnostics.Add(Codes.FrontMatterMissing, new SourceSpan(file, 1, 1), "the file must start with YAML front matter: a line '---', fields such as 'title: ...', and a closing '---'");
                return null;
            }

            return new ContentDocument(file, Empty(file, diagnostics), new MarkdownText(split.Body, split.BodyLine));
        }

        if (split.Unterminated)
        {
            diagnostics.Add(Codes.FrontMatterMissing, new SourceSpan(file, 1, 1), "the front matter that starts here has no closing '---' line");
            return null;
        }

        YamlMappingNode mapping;
        try
        {
            var stream = new YamlStream();
            stream.Load(new YamlGuard(new Parser(new StringReader(split.Yaml!))));
            var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            switch (root)
            {
                case null:
                    mapping = new YamlMappingNode();
                    break;
                case YamlMappingNode m:
                    mapping = m;
                    break;
                case YamlScalarNode { Value: null or "" }:
                    mapping = new YamlMappingNode();
                    break;
                default:
                    diagnostics.Add(Codes.YamlSyntax, new SourceSpan(file, split.YamlLine, 1), "the front matter must be fields ('name: value' lines), not a single value or a list");
                    return null;
            }
        }
        catch (YamlGuard.Violation problem)
        {
            diagnostics.Add(Codes.YamlSyntax, new SourceSpan(file, (int)problem.At.Line + split.YamlLine - 1, (int)problem.At.Column), $"front matter: {problem.Message}");
            return null;
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line + split.YamlLine - 1;
            diagnostics.Add(Codes.YamlSyntax, new SourceSpan(file, line, (int)ex.Start.Column), $"front matter is not valid YAML: {Describe(ex)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException when a flow collection is still open at the
            // end, with no position: the error points at the '[' or '{' left open, else at the front matter's start.
            var at = UnclosedFlow(split.Yaml!);
            var span = at is { } mark ? new SourceSpan(file, (int)mark.Line + split.YamlLine - 1, (int)mark.Column) : new SourceSpan(file, split.YamlLine, 1);
            diagnostics.Add(Codes.YamlSyntax, span, "front matter is not valid YAML: a '[', '{' or quote is not closed");
            return null;
        }

        var fields = new YamlFields(mapping, file, split.YamlLine, diagnostics);
        return new ContentDocument(file, fields, new MarkdownText(split.Body, split.BodyLine));
    }

    private static YamlFields Empty(string file, DiagnosticBag diagnostics) => new(new YamlMappingNode(), file, 1, diagnostics);

    /// <summary>
    /// Where the outermost '[' or '{' that is never closed starts, by YamlDotNet's own scanner (the tokens it read
    /// before it gave up), so quotes, comments and block scalars count as YAML counts them; null when none is open.
    /// </summary>
    private static Mark? UnclosedFlow(string yaml)
    {
        var open = new Stack<Mark>();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            while (scanner.MoveNext())
            {
                switch (scanner.Current)
                {
                    case FlowSequenceStart or FlowMappingStart:
                        open.Push(scanner.Current.Start);
                        break;
                    case FlowSequenceEnd or FlowMappingEnd when open.Count > 0:
                        open.Pop();
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // The scanner stops where the parse did; the openers read up to there are the answer.
        }

        return open.Count > 0 ? open.Last() : null;
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is reported separately.
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 ? message[(cut + 3)..] : message;
        return message.TrimEnd('.').Trim();
    }
}
