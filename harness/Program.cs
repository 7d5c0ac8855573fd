using FFRepro.Harness.Cli;

return CliApp.Run(args);
