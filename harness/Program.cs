using FFRepro.Harness.Cli;

return CliApp.Run(args, Console.Out, Console.Error);
