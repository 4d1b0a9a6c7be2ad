using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Organization;

/// <summary>Sets up tenants. Used by the CLI and the administrator pages.</summary>
public sealed partial class CompanyAdmin(SalgskraftDbContext db)
{
    public async Task<Company> AddAsync(string slug, string name, string currency = "NOK", string culture = Cultures.Default,
        CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (!SlugPattern().IsMatch(slug))
        {
            errors["slug"] = [$"'{slug}' is not a valid slug: use 2–64 lower-case letters, digits and '-'."];
        }
        else if (await db.Companies.AnyAsync(c => c.Slug == slug, cancellationToken))
        {
            errors["slug"] = [$"A company with slug '{slug}' already exists."];
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            errors["name"] = ["The name is required."];
        }

        if (!CurrencyPattern().IsMatch(currency))
        {
            errors["currency"] = [$"'{currency}' is not an ISO 4217 currency code (three capital letters, e.g. NOK)."];
        }

        if (!Cultures.IsSupported(culture))
        {
            errors["culture"] = [$"'{culture}' is not supported; use one of {string.Join(", ", Cultures.Supported)}."];
        }

        if (errors.Count > 0)
        {
            throw ValidationFailedException.English(errors);
        }

        var company = new Company
        {
            Slug = slug,
            Name = name.Trim(),
            Currency = currency,
            Culture = Cultures.Supported.First(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)),
        };
        db.Companies.Add(company);
        await db.SaveChangesAsync(cancellationToken);

        // Every company starts with seed 003's activity types and a default sales process; both are its to change.
        db.ActivityTypes.AddRange(DefaultActivityTypes.Create(company.Id));
        db.DealStages.AddRange(DefaultDealStages.Create(company.Id));
        await db.SaveChangesAsync(cancellationToken);
        return company;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyPattern();
}
