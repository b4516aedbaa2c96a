namespace OkrSite.Cli.Starter;

/// <summary>One file <c>okrsite new</c> writes: its path in the new site's folder ('/' separators) and its bytes.</summary>
internal sealed record StarterFile(string Path, byte[] Content)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Content);
}
