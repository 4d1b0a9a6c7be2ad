using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Customers;

/// <summary>The director's goal for one group of the target platform; null = not set.</summary>
public sealed record PlatformTargetValue(PlatformGroup Group, decimal? RevenueShare, decimal? Margin);

/// <summary>
/// A company's customer-platform settings as the API and the pages show and edit them. Fractions: 0.8 = 80 %.
/// <see cref="Targets"/> always holds the four groups in their order. Potential classes are terciles while
/// <see cref="PotentialMediumFrom"/> and <see cref="PotentialHighFrom"/> are both empty, fixed amounts when both are set.
/// </summary>
public sealed record PlatformSettingsValue(
    decimal HighRevenueShare,
    decimal? MarginThreshold,
    decimal ContributionFloor,
    bool MarginAfterSalesCost,
    IReadOnlyList<PlatformTargetValue> Targets,
    decimal? PotentialMediumFrom,
    decimal? PotentialHighFrom,
    int RegularFromMonths,
    int PartnerFromMonths,
    decimal PartnerShareOfWallet);

/// <summary>Reads and saves a company's platform settings and target platform (defaults of DOMAIN.md §3 until set).</summary>
public sealed class PlatformSettingsService(SalgskraftDbContext db)
{
    /// <summary>Only the director and administrators set the platform's thresholds and targets.</summary>
    public static bool CanEdit(AccessContext access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.Role is AccessRole.Director or AccessRole.Administrator;
    }

    public async Task<PlatformSettingsValue> GetAsync(int companyId, CancellationToken cancellationToken = default)
    {
        var stored = await db.CompanyPlatformSettings.AsNoTracking().SingleOrDefaultAsync(s => s.CompanyId == companyId, cancellationToken)
            ?? new CompanyPlatformSettings { CompanyId = companyId };
        var targets = await db.PlatformTargets.AsNoTracking().Where(t => t.CompanyId == companyId).ToListAsync(cancellationToken);
        return new PlatformSettingsValue(
            stored.HighRevenueShare,
            stored.MarginThreshold,
            stored.ContributionFloor,
            stored.MarginAfterSalesCost,
            Enum.GetValues<PlatformGroup>().Select(g => targets.SingleOrDefault(t => t.Group == g) is { } t
                ? new PlatformTargetValue(g, t.RevenueShare, t.Margin)
                : new PlatformTargetValue(g, null, null)).ToList(),
            stored.PotentialMediumFrom,
            stored.PotentialHighFrom,
            stored.RegularFromMonths,
            stored.PartnerFromMonths,
            stored.PartnerShareOfWallet);
    }

    /// <summary>Saves the settings of the caller's company.</summary>
    /// <exception cref="ValidationFailedException">A value out of range, a group twice, or goal shares above 100 % together.</exception>
    /// <exception cref="InvalidOperationException">The caller may not edit (check <see cref="CanEdit"/> first).</exception>
    public async Task<PlatformSettingsValue> SaveAsync(AccessContext access, PlatformSettingsValue value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!CanEdit(access))
        {
            throw new InvalidOperationException("Only a director or an administrator sets the customer platform.");
        }

        Validate(value);
        var companyId = access.Company.Id;
        var stored = await db.CompanyPlatformSettings.SingleOrDefaultAsync(s => s.CompanyId == companyId, cancellationToken);
        if (stored is null)
        {
            stored = new CompanyPlatformSettings { CompanyId = companyId };
            db.CompanyPlatformSettings.Add(stored);
        }

        stored.HighRevenueShare = value.HighRevenueShare;
        stored.MarginThreshold = value.MarginThreshold;
        stored.ContributionFloor = value.ContributionFloor;
        stored.MarginAfterSalesCost = value.MarginAfterSalesCost;
        (stored.PotentialMediumFrom, stored.PotentialHighFrom) = (value.PotentialMediumFrom, value.PotentialHighFrom);
        (stored.RegularFromMonths, stored.PartnerFromMonths, stored.PartnerShareOfWallet) =
            (value.RegularFromMonths, value.PartnerFromMonths, value.PartnerShareOfWallet);

        var targets = await db.PlatformTargets.Where(t => t.CompanyId == companyId).ToListAsync(cancellationToken);
        foreach (var target in value.Targets)
        {
            var row = targets.SingleOrDefault(t => t.Group == target.Group);
            if (row is null)
            {
                row = new PlatformTarget { CompanyId = companyId, Group = target.Group };
                db.PlatformTargets.Add(row);
            }

            row.RevenueShare = target.RevenueShare;
            row.Margin = target.Margin;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(companyId, cancellationToken);
    }

    private static void Validate(PlatformSettingsValue value)
    {
        var errors = new ValidationErrors();
        errors.Check(value.HighRevenueShare is > 0m and <= 1m, nameof(value.HighRevenueShare), PlatformReasons.HighRevenueShareOutOfRange());
        errors.Check(value.MarginThreshold is null or (>= -1m and <= 1m), nameof(value.MarginThreshold), PlatformReasons.MarginThresholdOutOfRange());
        errors.Check(value.ContributionFloor >= 0m, nameof(value.ContributionFloor), PlatformReasons.NegativeContributionFloor());
        errors.Check(value.PotentialMediumFrom is null == value.PotentialHighFrom is null, nameof(value.PotentialHighFrom),
            PlatformReasons.PotentialCutOffsBothOrNeither());
        errors.Check(value.PotentialMediumFrom is null or >= 0m, nameof(value.PotentialMediumFrom), PlatformReasons.NegativePotentialMedium());
        errors.Check(value.PotentialHighFrom is null || value.PotentialMediumFrom is null || value.PotentialHighFrom >= value.PotentialMediumFrom,
            nameof(value.PotentialHighFrom), PlatformReasons.PotentialHighBelowMedium());
        errors.Check(value.RegularFromMonths is >= 2 and <= 12, nameof(value.RegularFromMonths), PlatformReasons.RegularMonthsOutOfRange());
        errors.Check(value.PartnerFromMonths is >= 1 and <= 12 && value.PartnerFromMonths >= value.RegularFromMonths, nameof(value.PartnerFromMonths),
            PlatformReasons.PartnerMonthsOutOfRange());
        errors.Check(value.PartnerShareOfWallet is >= 0m and <= 1m, nameof(value.PartnerShareOfWallet), PlatformReasons.PartnerShareOfWalletOutOfRange());
        var targets = value.Targets ?? [];
        errors.Check(targets.Select(t => t.Group).Distinct().Count() == targets.Count && targets.All(t => Enum.IsDefined(t.Group)),
            nameof(value.Targets), PlatformReasons.OneTargetPerGroup());
        foreach (var target in targets)
        {
            errors.Check(target.RevenueShare is null or (>= 0m and <= 1m), $"{nameof(value.Targets)}.{target.Group}.{nameof(target.RevenueShare)}",
                PlatformReasons.TargetRevenueShareOutOfRange());
            errors.Check(target.Margin is null or (>= -1m and <= 1m), $"{nameof(value.Targets)}.{target.Group}.{nameof(target.Margin)}",
                PlatformReasons.TargetMarginOutOfRange());
        }

        errors.Check(targets.Sum(t => t.RevenueShare ?? 0m) <= 1m, nameof(value.Targets), PlatformReasons.TargetSharesAboveWhole());
        errors.ThrowIfAny();
    }
}
