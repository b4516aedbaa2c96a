using OkrSite.Cli;

return OkrSiteCli.Run(args, Console.Out, Console.Error);
