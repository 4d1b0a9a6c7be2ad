using System.CommandLine;
using Salgskraft.Core.Organization;

namespace Salgskraft.Cli.Commands;

/// <summary><c>salgskraft company add</c>: sets up a tenant.</summary>
public static class CompanyCommands
{
    public static Command Create(CliContext context)
    {
        var slug = new Argument<string>("slug") { Description = "Short stable name used in URLs, e.g. regnskap-pafunn." };
        var name = new Option<string>("--name") { Description = "The company's name.", Required = true };
        var currency = new Option<string>("--currency") { Description = "ISO 4217 currency code.", DefaultValueFactory = _ => "NOK" };
        var culture = new Option<string>("--culture")
        {
            Description = $"Default culture of the company's users: {string.Join(", ", Cultures.Supported)}.",
            DefaultValueFactory = _ => Cultures.Default,
        };

        var add = new Command("add", "Add a company.") { slug, name, currency, culture };
        add.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var host = context.CreateHost();
            var company = await host.Get<CompanyAdmin>().AddAsync(parseResult.GetRequiredValue(slug),
                parseResult.GetRequiredValue(name), parseResult.GetRequiredValue(currency),
                parseResult.GetRequiredValue(culture), cancellationToken);
            await context.Out.WriteLineAsync($"Added company '{company.Slug}' ({company.Name}, {company.Currency}, {company.Culture}).");
            return Cli.Success;
        });

        return new Command("company", "Manage companies (tenants).") { add };
    }
}
