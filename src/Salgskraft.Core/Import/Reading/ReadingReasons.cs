using Salgskraft.Core.Common;

namespace Salgskraft.Core.Import.Reading;

/// <summary>
/// Why a file or a value cannot be read, in English, Norwegian and Danish (<c>ReadingReasons.resx</c>, <c>.nb</c>,
/// <c>.da</c>). One method per text, so a call names a text that exists.
/// </summary>
internal static class ReadingReasons
{
    private static readonly ReasonCatalogue Texts = new("Salgskraft.Core.Import.Reading.ReadingReasons");

    internal static ReasonCatalogue Catalogue => Texts;

    // How a point the file left open was settled: notes beside the detected format, not errors.
    public static Reason NoDelimiterFound() => Texts.Of(nameof(NoDelimiterFound));

    public static Reason NoDecimalSeparatorSeen(char assumed) => Texts.Of(nameof(NoDecimalSeparatorSeen), assumed);

    public static Reason BothDecimalSeparators(int commaValues, int pointValues) =>
        Texts.Of(nameof(BothDecimalSeparators), commaValues, pointValues);

    public static Reason NoDatesSeen() => Texts.Of(nameof(NoDatesSeen));

    public static Reason DatesInSeveralFormats(string mostCommonPattern) => Texts.Of(nameof(DatesInSeveralFormats), mostCommonPattern);

    public static Reason EmptyNumber() => Texts.Of(nameof(EmptyNumber));

    public static Reason TwoMinusSigns(string? text) => Texts.Of(nameof(TwoMinusSigns), text);

    public static Reason NotANumber(string? text) => Texts.Of(nameof(NotANumber), text);

    public static Reason TwoDecimalSeparators(string? text, char separator) => Texts.Of(nameof(TwoDecimalSeparators), text, separator);

    public static Reason NotADigit(string? text, char c) => Texts.Of(nameof(NotADigit), text, c);

    public static Reason TooManyDigits(string? text) => Texts.Of(nameof(TooManyDigits), text);

    public static Reason NotAWholeNumber(string? text) => Texts.Of(nameof(NotAWholeNumber), text);

    public static Reason EmptyDate() => Texts.Of(nameof(EmptyDate));

    public static Reason ExcelLeapDay1900(string? text) => Texts.Of(nameof(ExcelLeapDay1900), text);

    public static Reason ExcelSerialOutOfRange(string? text, int max) => Texts.Of(nameof(ExcelSerialOutOfRange), text, max);

    public static Reason EmptyYesNo() => Texts.Of(nameof(EmptyYesNo));

    public static Reason NotYesNo(string? text) => Texts.Of(nameof(NotYesNo), text);

    public static Reason BadGrouping(string? text, char decimalSeparator, char groupSeparator) =>
        Texts.Of(nameof(BadGrouping), text, decimalSeparator, groupSeparator);

    public static Reason NotADate(string? text, string pattern) => Texts.Of(nameof(NotADate), text, pattern);

    public static Reason InvalidDate(string? text, string pattern) => Texts.Of(nameof(InvalidDate), text, pattern);

    public static Reason NotAnExcelSerial(string? text) => Texts.Of(nameof(NotAnExcelSerial), text);

    public static Reason InvalidExcelSerialDate(string? text) => Texts.Of(nameof(InvalidExcelSerialDate), text);

    // The CSV reader.
    public static Reason TooManyFields(int maxFields) => Texts.Of(nameof(TooManyFields), maxFields);

    public static Reason UnclosedQuote(int column, long line) => Texts.Of(nameof(UnclosedQuote), column, line);

    public static Reason QuotedFieldTooLong(int column, int maxChars) => Texts.Of(nameof(QuotedFieldTooLong), column, maxChars);

    public static Reason TextAfterClosingQuote(char c, int column) => Texts.Of(nameof(TextAfterClosingQuote), c, column);

    public static Reason QuoteInUnquotedField(int column) => Texts.Of(nameof(QuoteInUnquotedField), column);

    public static Reason FieldTooLong(int column, int maxChars) => Texts.Of(nameof(FieldTooLong), column, maxChars);

    public static Reason NulCharacter() => Texts.Of(nameof(NulCharacter));

    public static Reason InvalidBytes(long line, string encodingName) => Texts.Of(nameof(InvalidBytes), line, encodingName);

    public static Reason FileUnreadable(string message) => Texts.Of(nameof(FileUnreadable), message);

    // Rows of the session.
    public static Reason FieldCountMismatch(int fields, int headerWidth) => Texts.Of(nameof(FieldCountMismatch), fields, headerWidth);

    public static Reason ValueWithoutHeader() => Texts.Of(nameof(ValueWithoutHeader));

    /// <summary>Not a reason but the name of a column the file gives no header, e.g. "column 3", for the error's column.</summary>
    public static Reason UnnamedColumn(int number) => Texts.Of(nameof(UnnamedColumn), number);

    public static Reason RequiredEmpty(string field) => Texts.Of(nameof(RequiredEmpty), field);

    // The xlsx reader; sizes in MB come preformatted (one decimal at most, invariant), as the English always wrote them.
    public static Reason XlsxNoSheets() => Texts.Of(nameof(XlsxNoSheets));

    public static Reason XlsxNoSuchSheet(string? sheet, string sheets) => Texts.Of(nameof(XlsxNoSuchSheet), sheet, sheets);

    public static Reason XlsxDamaged(string message) => Texts.Of(nameof(XlsxDamaged), message);

    public static Reason XlsxSheetUnreadable(long lastRow, string message) => Texts.Of(nameof(XlsxSheetUnreadable), lastRow, message);

    public static Reason XlsxTooManyColumns(int column, int maxColumns) => Texts.Of(nameof(XlsxTooManyColumns), column, maxColumns);

    public static Reason XlsxTooManyParts(int parts, int maxParts) => Texts.Of(nameof(XlsxTooManyParts), parts, maxParts);

    public static Reason XlsxPartTooLarge(string part, string megabytes, string limitMegabytes) =>
        Texts.Of(nameof(XlsxPartTooLarge), part, megabytes, limitMegabytes);

    public static Reason XlsxTooLarge(string limitMegabytes) => Texts.Of(nameof(XlsxTooLarge), limitMegabytes);

    public static Reason XlsxNotZip(string message) => Texts.Of(nameof(XlsxNotZip), message);

    public static Reason XlsxFileTooLarge(long limitMegabytes) => Texts.Of(nameof(XlsxFileTooLarge), limitMegabytes);

    // Opening a file.
    public static Reason EmptyFile() => Texts.Of(nameof(EmptyFile));

    public static Reason OldOfficeBinary() => Texts.Of(nameof(OldOfficeBinary));

    public static Reason XlsxNameButNotZip() => Texts.Of(nameof(XlsxNameButNotZip));

    public static Reason NotText(string encodingName) => Texts.Of(nameof(NotText), encodingName);

    public static Reason NotADelimiter(char delimiter) => Texts.Of(nameof(NotADelimiter), delimiter);

    public static Reason NoSuchHeaderLine(long line) => Texts.Of(nameof(NoSuchHeaderLine), line);

    public static Reason NoHeaderLine() => Texts.Of(nameof(NoHeaderLine));

    public static Reason NulByte(int offset) => Texts.Of(nameof(NulByte), offset);

    public static Reason UnknownEncoding(string name) => Texts.Of(nameof(UnknownEncoding), name);

    // Matching headers to fields; headers found are a list of quoted headers, or a text of their own when there are none.
    public static Reason NotAField(string field, string kind, string fields) => Texts.Of(nameof(NotAField), field, kind, fields);

    public static Reason MappingSyntax() => Texts.Of(nameof(MappingSyntax));

    public static Reason NoSuchColumn(string header, string headersFound) => Texts.Of(nameof(NoSuchColumn), header, headersFound);

    public static Reason NoSuchColumnNoHeaders(string header) => Texts.Of(nameof(NoSuchColumnNoHeaders), header);

    public static Reason AmbiguousColumn(string header) => Texts.Of(nameof(AmbiguousColumn), header);

    public static Reason ColumnMappedTwice(string header, string firstField, string secondField) =>
        Texts.Of(nameof(ColumnMappedTwice), header, firstField, secondField);

    public static Reason TwoColumnsMatch(string first, string second, string field) => Texts.Of(nameof(TwoColumnsMatch), first, second, field);

    public static Reason RequiredColumnMissing(string field, string headersFound) => Texts.Of(nameof(RequiredColumnMissing), field, headersFound);

    public static Reason RequiredColumnMissingNoHeaders(string field) => Texts.Of(nameof(RequiredColumnMissingNoHeaders), field);

    public static Reason ExclusiveColumns(string field, string header, string otherField, string otherHeader) =>
        Texts.Of(nameof(ExclusiveColumns), field, header, otherField, otherHeader);
}
