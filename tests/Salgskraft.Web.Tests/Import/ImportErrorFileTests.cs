using System.Globalization;
using System.Text;
using Salgskraft.Core.Import.Reading;
using Salgskraft.Web.Features.Import;

namespace Salgskraft.Web.Tests.Import;

public sealed class ImportErrorFileTests
{
    [Fact]
    public void Csv_Utf8WithBom_SemicolonsQuotedWhereNeeded()
    {
        var bytes = ImportErrorFile.Csv(
        [
            new ImportError(0, null, null, "required column 'customer_id' is missing; headers found: 'Dato'"),
            new ImportError(50_001, "Omsetning", "12,3x", "not a number"),
            new ImportError(7, "Kundenavn", "Blåbær \"AS\"\nlinje 2", "ærlig grunn"),
        ], CultureInfo.InvariantCulture, ["line", "column", "value", "reason"]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(
            "line;column;value;reason\r\n" +
            "0;;;\"required column 'customer_id' is missing; headers found: 'Dato'\"\r\n" +
            "50001;Omsetning;12,3x;not a number\r\n" +
            "7;Kundenavn;\"Blåbær \"\"AS\"\"\nlinje 2\";ærlig grunn\r\n",
            Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public void Csv_InTheUsersLanguage_HeadingsAndReasons()
    {
        var reason = ValueParsers.ParseDecimal("12,3x", new NumberFormatDecision(',')).Error!;

        var bytes = ImportErrorFile.Csv([new ImportError(50_001, "Omsetning", "12,3x", reason)], CultureInfo.GetCultureInfo("nb-NO"),
            ["Linje", "Kolonne", "Verdi", "Årsak"]);

        Assert.Equal("Linje;Kolonne;Verdi;Årsak\r\n50001;Omsetning;12,3x;'12,3x' er ikke et tall ('x' er verken et siffer eller et skilletegn)\r\n",
            Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }
}
