using System.Text;
using Salgskraft.Cli;

// A writer with a stream under it, so a command can write a large output as UTF-8 bytes (the platform's JSON).
await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
return await Cli.RunAsync(args, stdout, Console.Error);
