using System.Globalization;
using Salgskraft.Core.Import.Reading;

namespace Salgskraft.Core.Tests.Import.Reading;

public sealed class ValueParsersTests
{
    [Theory]
    [InlineData("1234,50", "1234.50")]
    [InlineData("1.234,50", "1234.50")]
    [InlineData("1 234,50", "1234.50")]
    [InlineData("1\u00a0234\u00a0567,89", "1234567.89")]
    [InlineData("1\u202f234,5", "1234.5")]
    [InlineData("1'234,5", "1234.5")]
    [InlineData("\u22121\u00a0234,00", "-1234.00")]
    [InlineData("\u2212100", "-100")]
    [InlineData("100-", "-100")]
    [InlineData("(100,25)", "-100.25")]
    [InlineData("+7", "7")]
    [InlineData(",5", "0.5")]
    [InlineData("0,123456789012345678", "0.123456789012345678")]
    [InlineData("  42  ", "42")]
    public void ParseDecimal_DecimalComma_ReadsExactValue(string text, string expected)
    {
        var result = ValueParsers.ParseDecimal(text, NumberFormatDecision.Comma);

        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), result.Value);
        Assert.Equal(expected, result.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1234.50", "1234.50")]
    [InlineData("1,234.50", "1234.50")]
    [InlineData("1,234,567.891", "1234567.891")]
    [InlineData("-0.125", "-0.125")]
    public void ParseDecimal_DecimalPoint_ReadsExactValue(string text, string expected)
    {
        var result = ValueParsers.ParseDecimal(text, NumberFormatDecision.Point);

        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(expected, result.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ParseDecimal_DaDkMachineCulture_StillReadsFilesDecimalPoint()
    {
        // The trap: on a da-DK machine, decimal.Parse("1234.50") is 123450.
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("da-DK");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("da-DK");

            var result = ValueParsers.ParseDecimal("1234.50", NumberFormatDecision.Point);

            Assert.True(result.Success);
            Assert.Equal(1234.50m, result.Value);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Theory]
    [InlineData("1234.50")] // a point where the file's decimal is comma must not become 123450
    [InlineData("1.23")]
    [InlineData("12,3,4")]
    [InlineData("1 23,4")]
    [InlineData("abc")]
    [InlineData("12kr")]
    [InlineData("--5")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1.234 567,0")]
    [InlineData("99999999999999999999999999999999")]
    public void ParseDecimal_NotANumberInDecimalCommaFile_FailsWithReason(string text)
    {
        var result = ValueParsers.ParseDecimal(text, NumberFormatDecision.Comma);

        Assert.False(result.Success);
        Assert.False(string.IsNullOrWhiteSpace(result.Error?.ToString()));
    }

    [Fact]
    public void ParseDecimal_PointInCommaFile_ReasonNamesTheSeparator()
    {
        var result = ValueParsers.ParseDecimal("1234.50", NumberFormatDecision.Comma);

        Assert.Contains("decimal separator is ','", result.Error?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12.01.2025", DateFormat.DayMonthYear, 2025, 1, 12)]
    [InlineData("1.2.2025", DateFormat.DayMonthYear, 2025, 2, 1)]
    [InlineData("5.1.25", DateFormat.DayMonthShortYear, 2025, 1, 5)]
    [InlineData("31.12.99", DateFormat.DayMonthShortYear, 1999, 12, 31)]
    [InlineData("2025-01-12", DateFormat.Iso, 2025, 1, 12)]
    [InlineData("2025-01-12T13:45:00", DateFormat.Iso, 2025, 1, 12)]
    [InlineData("12.01.2025 00:00:00", DateFormat.DayMonthYear, 2025, 1, 12)]
    [InlineData("45669", DateFormat.ExcelSerial, 2025, 1, 12)]
    [InlineData("45669.75", DateFormat.ExcelSerial, 2025, 1, 12)]
    [InlineData("61", DateFormat.ExcelSerial, 1900, 3, 1)]
    [InlineData("59", DateFormat.ExcelSerial, 1900, 2, 28)]
    [InlineData("1", DateFormat.ExcelSerial, 1900, 1, 1)]
    [InlineData("45669", DateFormat.DayMonthYear, 2025, 1, 12)] // a number in a date column is a serial
    public void ParseDate_Formats_ReadsDate(string text, DateFormat format, int year, int month, int day)
    {
        var result = ValueParsers.ParseDate(text, format);

        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(new DateOnly(year, month, day), result.Value);
    }

    [Fact]
    public void ParseDate_TwelfthOfJanuary_IsDayFirst()
    {
        var result = ValueParsers.ParseDate("12.01.2025", DateFormat.DayMonthYear);

        Assert.Equal(new DateOnly(2025, 1, 12), result.Value);
    }

    [Theory]
    [InlineData("32.01.2025")]
    [InlineData("29.02.2025")]
    [InlineData("01/12/2025")]
    [InlineData("2025-13-01")]
    [InlineData("12.01.025")]
    [InlineData("60")]
    [InlineData("9999999")]
    [InlineData("i går")]
    [InlineData("")]
    public void ParseDate_NotADate_FailsWithReason(string text)
    {
        var result = ValueParsers.ParseDate(text, DateFormat.DayMonthYear);

        Assert.False(result.Success);
        Assert.False(string.IsNullOrWhiteSpace(result.Error?.ToString()));
    }

    [Theory]
    [InlineData("ja", true)]
    [InlineData("Nei", false)]
    [InlineData("nej", false)]
    [InlineData("YES", true)]
    [InlineData("no", false)]
    [InlineData("true", true)]
    [InlineData("False", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("x", true)]
    [InlineData(" X ", true)]
    public void ParseBool_NordicAndEnglish_ReadsValue(string text, bool expected)
    {
        var result = ValueParsers.ParseBool(text);

        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("kanskje")]
    [InlineData("2")]
    [InlineData("")]
    public void ParseBool_Other_FailsWithReason(string text)
    {
        var result = ValueParsers.ParseBool(text);

        Assert.False(result.Success);
        Assert.NotNull(result.Error);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("1.000", 1000)]
    public void ParseInteger_WholeNumbers_ReadsValue(string text, int expected)
    {
        Assert.Equal(expected, ValueParsers.ParseInteger(text, NumberFormatDecision.Comma).Value);
    }

    [Fact]
    public void ParseInteger_Fraction_Fails()
    {
        Assert.False(ValueParsers.ParseInteger("1,5", NumberFormatDecision.Comma).Success);
    }
}
