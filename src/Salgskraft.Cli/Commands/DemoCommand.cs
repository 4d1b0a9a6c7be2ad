using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Salgskraft.Core.Data;
using Salgskraft.Core.Demo;
using Salgskraft.Core.Identity;
using Salgskraft.Core.Organization;

namespace Salgskraft.Cli.Commands;

/// <summary><c>salgskraft demo</c>: migrates, loads the demo companies into an empty database and prints the logins.</summary>
public static class DemoCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format") { Description = "Output format of the logins.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("demo", "Load the demo companies into an empty database and print the demo logins.") { format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var host = context.CreateHost();
            var db = host.Get<SalgskraftDbContext>();
            await DatabaseProviders.MigrateAsync(db, cancellationToken);
            var logins = await DemoData.LoadAsync(db, host.Get<UserAdmin>(), host.Get<CompanyAdmin>(),
                host.Get<TimeProvider>(), cancellationToken);

            if (string.Equals(parseResult.GetValue(format), "json", StringComparison.Ordinal))
            {
                var rows = logins.Select(l => new { l.Email, l.Password, Role = l.Role.ToString(), l.Company });
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(rows, Json));
            }
            else
            {
                await WriteTableAsync(context.Out, logins);
            }

            return Cli.Success;
        });
        return command;
    }

    private static async Task WriteTableAsync(TextWriter output, IReadOnlyList<DemoLogin> logins)
    {
        var width = logins.Max(l => l.Email.Length) + 2;
        await output.WriteLineAsync("Demo data loaded. Logins:");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{"email".PadRight(width)}{"password",-24}{"role",-15}company"));
        foreach (var login in logins)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{login.Email.PadRight(width)}{login.Password,-24}{login.Role,-15}{login.Company}"));
        }
    }
}
