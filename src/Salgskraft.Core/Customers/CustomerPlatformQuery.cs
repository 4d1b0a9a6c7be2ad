using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Customers;

/// <summary>
/// What-if overrides of the company's platform settings for one request (the CLI's and the page's "what if"); a null
/// keeps the company's value. <paramref name="OverallMargin"/> asks for the overall margin as the threshold where the
/// company has set a fixed one.
/// </summary>
public sealed record PlatformOverrides(
    decimal? HighRevenueShare = null,
    decimal? MarginThreshold = null,
    decimal? ContributionFloor = null,
    bool? MarginAfterSalesCost = null,
    bool OverallMargin = false)
{
    /// <summary>The settings with these overrides applied.</summary>
    /// <exception cref="ValidationFailedException">A revenue share outside (0, 1], or both a fixed and the overall margin.</exception>
    public PlatformSettings ApplyTo(PlatformSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (HighRevenueShare is <= 0m or > 1m)
        {
            throw new ValidationFailedException(nameof(HighRevenueShare), PlatformReasons.OverrideRevenueShareOutOfRange());
        }

        if (OverallMargin && MarginThreshold is not null)
        {
            throw new ValidationFailedException(nameof(MarginThreshold), PlatformReasons.FixedAndOverallMargin());
        }

        return settings with
        {
            HighRevenueShare = HighRevenueShare ?? settings.HighRevenueShare,
            MarginThreshold = OverallMargin ? null : MarginThreshold ?? settings.MarginThreshold,
            ContributionFloor = ContributionFloor ?? settings.ContributionFloor,
            MarginAfterSalesCost = MarginAfterSalesCost ?? settings.MarginAfterSalesCost,
        };
    }
}

/// <summary>
/// Which part of the caller's scope to look at: the whole of it, one unit (and those below it) or one salesperson.
/// Either may be given; a unit or person outside the caller's scope is not found.
/// </summary>
public sealed record PlatformFilter(int? UnitId = null, int? PersonId = null);

/// <summary>
/// The customer platform (DOMAIN.md §3) of a scope and period, computed from the month aggregate
/// (<see cref="Domain.Sales.CustomerMonthSales"/>) and the activities — never from the sales lines — and classified by
/// the pure <see cref="CustomerPlatform"/>. A salesperson's figures are the rows where they are the salesperson; a unit's
/// those of its people; the company's all rows. Its reads are plain SQL (<see cref="SqlReads"/>, decision 0009) under the
/// access rule's SQL form (<see cref="VisibleSql"/>), so the CLI prints a platform without starting EF.
/// </summary>
public sealed class CustomerPlatformQuery(SqlReads sql)
{
    /// <summary>The platform of what the caller may see, optionally narrowed to a unit or a salesperson.</summary>
    /// <exception cref="NotFoundException">The unit or person is not in the caller's scope.</exception>
    /// <exception cref="ValidationFailedException">The period is not whole months, or an override is out of range.</exception>
    public async Task<PlatformResult> GetAsync(AccessContext access, Period period, PlatformFilter? filter = null,
        PlatformOverrides? overrides = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var scope = await ScopeAsync(access.Scope, filter, cancellationToken);
        return await GetAsync(scope, period, overrides, cancellationToken);
    }

    /// <summary>The platform of a scope the caller has already resolved (for features that loop over salespeople).</summary>
    public async Task<PlatformResult> GetAsync(VisibilityScope scope, Period period, PlatformOverrides? overrides = null,
        CancellationToken cancellationToken = default)
    {
        var settings = await SettingsAsync(scope.CompanyId, overrides, cancellationToken);
        var figures = await FiguresAsync(scope, period, cancellationToken);
        return CustomerPlatform.Classify(figures, period, settings);
    }

    /// <summary>
    /// The company's settings (the defaults of DOMAIN.md §3 when it has stored none) with the overrides applied.
    /// </summary>
    public async Task<PlatformSettings> SettingsAsync(int companyId, PlatformOverrides? overrides, CancellationToken cancellationToken = default)
    {
        var arguments = new SqlArguments();
        var stored = await sql.ListAsync(
            $"""
            SELECT "HighRevenueShare", "MarginThreshold", "ContributionFloor", "MarginAfterSalesCost", "PotentialMediumFrom",
                   "PotentialHighFrom", "RegularFromMonths", "PartnerFromMonths", "PartnerShareOfWallet"
            FROM "CompanyPlatformSettings" WHERE "CompanyId" = {arguments.Add(companyId)}
            """,
            arguments,
            r => new CompanyPlatformSettings
            {
                CompanyId = companyId,
                HighRevenueShare = r.GetDecimal(0),
                MarginThreshold = r.IsDBNull(1) ? null : r.GetDecimal(1),
                ContributionFloor = r.GetDecimal(2),
                MarginAfterSalesCost = r.GetBoolean(3),
                PotentialMediumFrom = r.IsDBNull(4) ? null : r.GetDecimal(4),
                PotentialHighFrom = r.IsDBNull(5) ? null : r.GetDecimal(5),
                RegularFromMonths = r.GetInt32(6),
                PartnerFromMonths = r.GetInt32(7),
                PartnerShareOfWallet = r.GetDecimal(8),
            },
            cancellationToken);
        var settings = stored.SingleOrDefault()?.ToSettings() ?? PlatformSettings.Default;
        return overrides?.ApplyTo(settings) ?? settings;
    }

    /// <summary>
    /// Narrows the caller's scope to a unit subtree or one person; never widens it.
    /// </summary>
    /// <exception cref="NotFoundException">The unit or person is not in the scope.</exception>
    public async Task<VisibilityScope> ScopeAsync(VisibilityScope scope, PlatformFilter? filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (filter?.UnitId is { } unitId)
        {
            var arguments = new SqlArguments();
            var units = await sql.ListAsync(
                $"""
                SELECT u."Id", u."ParentId", CASE WHEN {VisibleSql.Units(scope, "u", arguments)} THEN 1 ELSE 0 END
                FROM "Units" AS u WHERE u."CompanyId" = {arguments.Add(scope.CompanyId)}
                """,
                arguments, r => (Id: r.GetInt32(0), ParentId: r.IsDBNull(1) ? (int?)null : r.GetInt32(1), Visible: r.GetInt32(2) == 1),
                cancellationToken);
            if (!units.Any(u => u.Id == unitId && u.Visible))
            {
                throw new NotFoundException(AccessReasons.NoSuchUnit());
            }

            scope = scope.NarrowTo(UnitTree.SelfAndDescendants(unitId, units.Select(u => (u.Id, u.ParentId))));
        }

        if (filter?.PersonId is { } personId)
        {
            var arguments = new SqlArguments();
            var found = await sql.ListAsync(
                $"""SELECT 1 FROM "People" AS p WHERE {VisibleSql.People(scope, "p", arguments)} AND p."Id" = {arguments.Add(personId)}""",
                arguments, _ => true, cancellationToken);
            if (found.Count == 0)
            {
                throw new NotFoundException(AccessReasons.NoSuchPerson());
            }

            scope = VisibilityScope.OwnOnly(scope.CompanyId, personId);
        }

        return scope;
    }

    /// <summary>
    /// Every customer's figures in the period for the scope: revenue and cost from the month aggregate, sales cost from
    /// the activities × the cost per activity type plus the imported direct sales cost, first purchase (the earliest in
    /// the company, in any month) and potential. Customers the scope may see or has sold to, worked on or booked a cost on
    /// are all included, with or without revenue.
    /// </summary>
    /// <exception cref="ValidationFailedException">The period does not start on the first and end on the last of a month.</exception>
    public async Task<IReadOnlyList<CustomerPeriodFigures>> FiguresAsync(VisibilityScope scope, Period period,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        if (period.Start.Day != 1 || period.End.AddDays(1).Day != 1)
        {
            throw new ValidationFailedException("period", PlatformReasons.WholeMonthsOnly());
        }

        // One set of arguments for all statements: each is given them all and names those it uses.
        var a = new SqlArguments();
        var (company, start, end) = (a.Add(scope.CompanyId), a.Add(period.Start), a.Add(period.End));
        var rows = $"""FROM "CustomerMonthSales" AS s WHERE {VisibleSql.ByPerson(scope, "s", "SalespersonId", a)} AND s."Month" >= {start} AND s."Month" <= {end}""";
        // An activity's cost counts for the scope of its performer, as sales count for their salesperson.
        var activities = $"""FROM "Activities" AS t WHERE {VisibleSql.ByPerson(scope, "t", "PersonId", a)} AND t."CustomerId" IS NOT NULL AND t."Date" >= {start} AND t."Date" <= {end}""";
        // Imported direct sales cost, for the scope of the person it is booked on.
        var directCosts = $"""FROM "DirectSalesCosts" AS d WHERE {VisibleSql.ByPerson(scope, "d", "PersonId", a)} AND d."Date" >= {start} AND d."Date" <= {end}""";
        // The whole company sees every customer, so the union of four sets is only asked for below it.
        var which = scope.IsWholeCompany
            ? $"""c."CompanyId" = {company}"""
            : $"""
              c."CompanyId" = {company} AND ({VisibleSql.Customers(scope, "c", a)}
                  OR c."Id" IN (SELECT s."CustomerId" {rows}) OR c."Id" IN (SELECT t."CustomerId" {activities})
                  OR c."Id" IN (SELECT d."CustomerId" {directCosts}))
              """;

        // Started together: on connections of their own (the CLI) the engine runs them side by side.
        // Money in the aggregate is whole ten-thousandths (decision 0005): the engine sums integers.
        var sales = sql.ListAsync(
            $"""SELECT s."CustomerId", CAST(sum(s."Revenue") AS bigint), CAST(sum(s."Cost") AS bigint) {rows} GROUP BY s."CustomerId" """,
            a, r => (CustomerId: r.GetInt32(0), Revenue: ScaledMoney.FromUnits(r.GetInt64(1)), Cost: ScaledMoney.FromUnits(r.GetInt64(2))),
            cancellationToken);
        // Over the whole company, unfiltered: one pass of the aggregate is cheaper than matching it to the customers.
        var firstPurchases = sql.ListAsync(
            $"""SELECT "CustomerId", min("FirstPurchase") FROM "CustomerMonthSales" WHERE "CompanyId" = {company} GROUP BY "CustomerId" """,
            a, r => (CustomerId: r.GetInt32(0), First: r.GetFieldValue<DateOnly>(1)), cancellationToken);
        var customers = sql.ListAsync(
            $"""SELECT c."Id", c."ExternalId", c."Name", c."Potential", c."OwnerId", c."UnitId" FROM "Customers" AS c WHERE {which}""",
            a,
            r => (Id: r.GetInt32(0), ExternalId: r.GetString(1), Name: r.GetString(2), Potential: r.IsDBNull(3) ? (decimal?)null : r.GetDecimal(3),
                OwnerId: r.IsDBNull(4) ? (int?)null : r.GetInt32(4), UnitId: r.IsDBNull(5) ? (int?)null : r.GetInt32(5)),
            cancellationToken);
        var activityCounts = sql.ListAsync(
            $"""SELECT t."CustomerId", t."ActivityTypeId", CAST(count(*) AS integer) {activities} GROUP BY t."CustomerId", t."ActivityTypeId" """,
            a, r => (CustomerId: r.GetInt32(0), ActivityTypeId: r.GetInt32(1), Count: r.GetInt32(2)), cancellationToken);
        // Summed here: SQLite keeps decimals as text and its sum() would add them as floating point.
        var directCostRows = sql.ListAsync($"""SELECT d."CustomerId", d."Amount" {directCosts}""",
            a, r => (CustomerId: r.GetInt32(0), Amount: r.GetDecimal(1)), cancellationToken);
        var costPerActivityRows = sql.ListAsync($"""SELECT "Id", "CostPerActivity" FROM "ActivityTypes" WHERE "CompanyId" = {company}""",
            a, r => (Id: r.GetInt32(0), Cost: r.GetDecimal(1)), cancellationToken);
        await Task.WhenAll(sales, firstPurchases, customers, activityCounts, directCostRows, costPerActivityRows);

        var salesOf = (await sales).ToDictionary(x => x.CustomerId);
        var firstPurchase = (await firstPurchases).ToDictionary(f => f.CustomerId, f => f.First);
        var counts = (await activityCounts).ToLookup(x => x.CustomerId);
        var directCost = (await directCostRows).GroupBy(d => d.CustomerId).ToDictionary(g => g.Key, g => g.Sum(d => d.Amount));
        var costPerActivity = (await costPerActivityRows).ToDictionary(t => t.Id, t => t.Cost);
        return (await customers).Select(c =>
        {
            var figures = salesOf.GetValueOrDefault(c.Id);
            var salesCost = SalesCost.Of(
                counts[c.Id].ToDictionary(x => x.ActivityTypeId, x => x.Count), costPerActivity, directCost.GetValueOrDefault(c.Id));
            return new CustomerPeriodFigures(
                c.Id, c.ExternalId, c.Name, figures.Revenue, figures.Cost, salesCost,
                firstPurchase.TryGetValue(c.Id, out var first) ? first : null, c.Potential, c.OwnerId, c.UnitId);
        }).ToList();
    }
}
