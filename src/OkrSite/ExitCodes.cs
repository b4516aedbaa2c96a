namespace OkrSite.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The site has errors: nothing was written.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>
    /// A bug in OkrSite (an internal error), never caused by bad input: EX_SOFTWARE from sysexits.h, so CI can tell
    /// "report this" apart from "fix your files".
    /// </summary>
    public const int InternalError = 70;
}
