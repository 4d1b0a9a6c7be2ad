using System.Globalization;
using System.Text;
using SalesFileGenerator;

// Usage: SalesFileGenerator LINES OUTPUT [--seed N] [--customers N]
// Writes a Nordic ERP export of sales lines: ';' separated, decimal comma, dd.MM.yyyy, UTF-8 without BOM.
// The same arguments always give the same bytes (its own PRNG, no dependence on the runtime's Random).
if (args.Length < 2 || !long.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var lines) || lines < 0)
{
    await Console.Error.WriteLineAsync("usage: SalesFileGenerator LINES OUTPUT [--seed N] [--customers N]");
    return 2;
}

var options = new GeneratorOptions(lines, Option(args, "--seed", 2026), (int)Option(args, "--customers", 20_000));
await using var output = new StreamWriter(args[1], false, new UTF8Encoding(false), 1 << 20);
SalesFile.Write(output, options);
return 0;

static long Option(string[] args, string name, long fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? long.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
