using System.CommandLine;
using Salgskraft.Core.Common;
using Salgskraft.Core.Identity;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Cli.Commands;

/// <summary><c>salgskraft user add</c>: creates a login (or reuses one) and gives it a role in a company.</summary>
public static class UserCommands
{
    public static Command Create(CliContext context)
    {
        var roles = string.Join(", ", Enum.GetNames<AccessRole>());
        var email = new Argument<string>("email") { Description = "The login's e-mail address." };
        var company = new Option<string>("--company") { Description = "Slug of the company.", Required = true };
        var role = new Option<string>("--role") { Description = $"Role in the company: {roles}.", Required = true };
        var person = new Option<string?>("--person") { Description = "External id of the person the user is (required for Manager and Salesperson)." };
        var password = new Option<string>("--password")
        {
            Description = $"Password for a new login, at least {IdentitySetup.MinimumPasswordLength} characters.",
            Required = true,
        };

        var add = new Command("add", "Add a user to a company.") { email, company, role, person, password };
        add.SetAction(async (parseResult, cancellationToken) =>
        {
            var roleText = parseResult.GetRequiredValue(role);

            // Enum.TryParse alone would also take "2" or "Manager,Director".
            if (!Enum.TryParse<AccessRole>(roleText, ignoreCase: true, out var accessRole)
                || !Enum.GetNames<AccessRole>().Contains(roleText, StringComparer.OrdinalIgnoreCase))
            {
                throw ValidationFailedException.English("role", $"'{roleText}' is not a role; use one of {roles}.");
            }

            await using var host = context.CreateHost();
            var user = await host.Get<UserAdmin>().AddAsync(parseResult.GetRequiredValue(email),
                parseResult.GetRequiredValue(company), accessRole, parseResult.GetValue(person),
                parseResult.GetRequiredValue(password), cancellationToken);
            await context.Out.WriteLineAsync($"Added '{user.Email}' to '{parseResult.GetRequiredValue(company)}' as {accessRole}.");
            return Cli.Success;
        });

        return new Command("user", "Manage logins.") { add };
    }
}
