namespace OkrSite.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The site has errors: nothing was written.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;
}
