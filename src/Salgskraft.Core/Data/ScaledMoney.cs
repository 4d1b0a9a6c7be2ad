using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Salgskraft.Core.Data;

/// <summary>
/// Money stored as a whole number of ten-thousandths (the four decimals every money column keeps, see
/// <see cref="SalgskraftDbContext"/>), for the aggregates that views sum over many rows: the engines' own
/// <c>sum()</c> over integers is exact and fast on both databases, where SQLite would otherwise sum text decimals
/// through a .NET callback per row. The entity keeps <see cref="decimal"/>; only the column is an integer.
/// </summary>
public sealed class ScaledMoney() : ValueConverter<decimal, long>(amount => ToUnits(amount), scaled => FromUnits(scaled))
{
    /// <summary>Units per currency unit (10⁴: four decimals).</summary>
    public const long Units = 10_000;

    private const decimal Factor = Units;

    /// <summary>An amount as whole units, rounded half away from zero as both engines round.</summary>
    public static long ToUnits(decimal amount) => (long)decimal.Round(amount * Factor, MidpointRounding.AwayFromZero);

    /// <summary>Whole units as the amount.</summary>
    public static decimal FromUnits(long units) => units / Factor;

    /// <summary>SQL for one line's amount column as scaled units, per engine (SQLite holds decimals as text).</summary>
    public static string FromColumn(string column, bool sqlite) => sqlite
        ? $"CAST(round({column} * {Units}) AS INTEGER)"
        : $"round({column} * {Units})::bigint";
}
