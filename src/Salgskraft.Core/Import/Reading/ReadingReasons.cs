namespace Salgskraft.Core.Import.Reading;

/// <summary>
/// Why a file or a value cannot be read, in English, Norwegian and Danish (<c>ReadingReasons.resx</c>, <c>.nb</c>,
/// <c>.da</c>). One method per text, so a call names a text that exists.
/// </summary>
internal static class ReadingReasons
{
    private static readonly ReasonCatalogue Texts = new("Salgskraft.Core.Import.Reading.ReadingReasons");

    internal static ReasonCatalogue Catalogue => Texts;

    public static ImportReason EmptyNumber() => Texts.Of(nameof(EmptyNumber));

    public static ImportReason TwoMinusSigns(string? text) => Texts.Of(nameof(TwoMinusSigns), text);

    public static ImportReason NotANumber(string? text) => Texts.Of(nameof(NotANumber), text);

    public static ImportReason TwoDecimalSeparators(string? text, char separator) => Texts.Of(nameof(TwoDecimalSeparators), text, separator);

    public static ImportReason NotADigit(string? text, char c) => Texts.Of(nameof(NotADigit), text, c);

    public static ImportReason TooManyDigits(string? text) => Texts.Of(nameof(TooManyDigits), text);

    public static ImportReason NotAWholeNumber(string? text) => Texts.Of(nameof(NotAWholeNumber), text);

    public static ImportReason EmptyDate() => Texts.Of(nameof(EmptyDate));

    public static ImportReason ExcelLeapDay1900(string? text) => Texts.Of(nameof(ExcelLeapDay1900), text);

    public static ImportReason ExcelSerialOutOfRange(string? text, int max) => Texts.Of(nameof(ExcelSerialOutOfRange), text, max);

    public static ImportReason EmptyYesNo() => Texts.Of(nameof(EmptyYesNo));

    public static ImportReason NotYesNo(string? text) => Texts.Of(nameof(NotYesNo), text);

    public static ImportReason BadGrouping(string? text, char decimalSeparator, char groupSeparator) =>
        Texts.Of(nameof(BadGrouping), text, decimalSeparator, groupSeparator);

    public static ImportReason NotADate(string? text, string pattern) => Texts.Of(nameof(NotADate), text, pattern);

    public static ImportReason InvalidDate(string? text, string pattern) => Texts.Of(nameof(InvalidDate), text, pattern);
}
