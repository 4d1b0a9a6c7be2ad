using System.Globalization;

namespace SalesFileGenerator;

/// <summary>How many lines, the seed, and how many customers the lines are spread over.</summary>
public sealed record GeneratorOptions(long Lines, long Seed, int Customers);

/// <summary>
/// Sales lines as an ERP exports them: invoices of 1–6 lines, one customer and date per invoice, customers drawn
/// Pareto-like (about a fifth of the customers buy about four fifths), 40 salespeople, 2 000 products in 25 groups,
/// two years of dates, revenue with øre and a cost of 40–90 % of it, one credit line in fifty.
/// </summary>
public static class SalesFile
{
    public const string Header = "Fakturanr;Linjenr;Dato;Kundenr;Kundenavn;Selger;Varenr;Varegruppe;Antall;Omsetning;Kostpris";

    private static readonly DateOnly Start = new(2024, 1, 1);

    public static void Write(TextWriter output, GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var random = new SplitMix64((ulong)options.Seed);
        var culture = CultureInfo.InvariantCulture;
        output.Write(Header);
        output.Write('\n');
        long written = 0;
        var invoice = 100_000L;
        while (written < options.Lines)
        {
            invoice++;
            // u³ puts most draws near 0: the low customer numbers are the big customers.
            var customer = (int)(Math.Pow(random.NextDouble(), 3) * options.Customers) + 1;
            var date = Start.AddDays(random.Next(730));
            var seller = (customer % 40) + 1;
            var count = (int)Math.Min(random.Next(6) + 1, options.Lines - written);
            for (var line = 1; line <= count; line++)
            {
                var product = random.Next(2000) + 1;
                var quantity = random.Next(20) + 1;
                var revenue = (random.Next(500_000) + 100) * (random.Next(50) == 0 ? -1 : 1); // øre
                var cost = revenue * (random.Next(51) + 40) / 100;
                output.Write(string.Create(culture,
                    $"F{invoice};{line};{date:dd.MM.yyyy};K{customer};Kunde {customer} AS;S{seller};V{product};G{(product % 25) + 1};{quantity};{Money(revenue)};{Money(cost)}\n"));
                written++;
            }
        }
    }

    /// <summary>Øre as kroner with a decimal comma, a leading minus for credits.</summary>
    private static string Money(long ore) =>
        string.Create(CultureInfo.InvariantCulture, $"{(ore < 0 ? "-" : "")}{Math.Abs(ore) / 100},{Math.Abs(ore) % 100:00}");
}

/// <summary>SplitMix64: tiny, fast, and the same numbers on every runtime.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));
}
